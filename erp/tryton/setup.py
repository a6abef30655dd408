"""Reference data the hub's flows need in a Tryton 6.0 database, created with trytond's own API.

Run by erp/tryton/start with /usr/bin/python3 (where Debian's trytond lives):
    setup.py CONFIG exists DATABASE         exit 0 when the database exists and is initialised, 1 otherwise
    setup.py CONFIG create DATABASE         creates an empty PostgreSQL database
    setup.py CONFIG drop DATABASE           drops it
    setup.py CONFIG populate DATABASE LOGIN reads the API user's password on stdin; creates what is missing
Every step of populate looks its record up first, so running it again changes nothing.
"""
import sys
from decimal import Decimal

from trytond.config import config

COMPANY = 'CloudSync Store'
SUPPLIER = 'Default supplier'
CATEGORY = 'Store'
# res.group records (module.xml id) the API user needs: products, stock, sales, purchases, purchase requests, parties
API_GROUPS = [
    ('product', 'group_product_admin'),
    ('stock', 'group_stock'),
    ('stock', 'group_stock_admin'),
    ('sale', 'group_sale'),
    ('purchase', 'group_purchase'),
    ('purchase_request', 'group_purchase_request'),
    ('party', 'group_party_admin'),
]


def database_exists(name):
    from trytond import backend
    try:
        database = backend.Database(name).connect()
    except Exception:
        return False
    try:
        connection = database.get_connection()
        try:
            return database.test(connection, None) if _test_takes_hostname(database) else database.test(connection)
        finally:
            database.put_connection(connection)
    finally:
        database.close()


def _test_takes_hostname(database):
    import inspect
    return len(inspect.signature(database.test).parameters) > 1


def create_database(name, drop=False):
    from trytond import backend
    database = backend.Database().connect()
    connection = database.get_connection(autocommit=True)
    try:
        if drop:
            database.drop(connection, name)
        else:
            database.create(connection, name)
    finally:
        database.put_connection(connection, True)
        database.close()


def one(Model, domain, values):
    found = Model.search(domain, limit=1)
    if found:
        return found[0]
    record, = Model.create([values])
    return record


def populate(name, login, password):
    from trytond.pool import Pool
    from trytond.transaction import Transaction

    Pool.start()
    pool = Pool(name)
    pool.init()
    with Transaction().start(name, 0, context={'active_test': False}) as transaction:
        ModelData = pool.get('ir.model.data')
        Currency = pool.get('currency.currency')
        Party = pool.get('party.party')
        Company = pool.get('company.company')
        User = pool.get('res.user')
        Category = pool.get('product.category')
        Location = pool.get('stock.location')

        eur = one(Currency, [('code', '=', 'EUR')],
            {'name': 'Euro', 'code': 'EUR', 'symbol': '€', 'rounding': Decimal('0.01'), 'digits': 2})
        company = Company.search([('party.name', '=', COMPANY)], limit=1)
        if company:
            company, = company
        else:
            party = one(Party, [('name', '=', COMPANY)], {'name': COMPANY})
            company, = Company.create([{'party': party.id, 'currency': eur.id}])
        admin, = User.search([('login', '=', 'admin')])
        if admin.company != company:
            User.write([admin], {'companies': [('add', [company.id])], 'company': company.id})

        groups = [ModelData.get_id(module, xml_id) for module, xml_id in API_GROUPS]
        users = User.search([('login', '=', login)])
        if users:
            api_user, = users
        else:
            api_user, = User.create([{'name': 'Hub API', 'login': login,
                'companies': [('add', [company.id])], 'company': company.id}])
        # a write of the password or the groups ends the user's sessions: only what differs
        values = {}
        missing = set(groups) - {group.id for group in api_user.groups}
        if missing:
            values['groups'] = [('add', sorted(missing))]
        if not api_user.active:
            values['active'] = True
        if not api_user.active or User._login_password(login, {'password': password}) != api_user.id:
            values['password'] = password
        if values:
            User.write([api_user], values)

    with Transaction().start(name, 0, context={'company': company.id}) as transaction:
        one(Category, [('name', '=', CATEGORY)], {'name': CATEGORY})
        one(Party, [('name', '=', SUPPLIER)], {'name': SUPPLIER})
        configure_manual_invoicing(pool)
        warehouse, = Location.search([('code', '=', 'WH'), ('type', '=', 'warehouse')])
        print('tryton: company %s, warehouse WH %s, its storage location %s'
            % (company.id, warehouse.id, warehouse.storage_location.id))


def configure_manual_invoicing(pool):
    """Sales and purchases invoice by hand: the hub keeps no chart of accounts, and the default
    invoice method ('order') makes confirming an order create an invoice, which needs accounts."""
    SaleConfiguration = pool.get('sale.configuration')
    PurchaseConfiguration = pool.get('purchase.configuration')
    sale = SaleConfiguration(1)
    if sale.sale_invoice_method != 'manual':
        sale.sale_invoice_method = 'manual'
        sale.save()
    purchase = PurchaseConfiguration(1)
    if purchase.purchase_invoice_method != 'manual':
        purchase.purchase_invoice_method = 'manual'
        purchase.save()


def main(argv):
    config.update_etc(argv[1])
    action, name = argv[2], argv[3]
    if action == 'exists':
        return 0 if database_exists(name) else 1
    if action == 'create':
        create_database(name)
    elif action == 'drop':
        create_database(name, drop=True)
    elif action == 'populate':
        populate(name, argv[4], sys.stdin.readline().rstrip('\n'))
    else:
        print('setup.py: unknown action ' + action, file=sys.stderr)
        return 2
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
