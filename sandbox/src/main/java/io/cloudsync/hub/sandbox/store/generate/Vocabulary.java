package io.cloudsync.hub.sandbox.store.generate;

import static io.cloudsync.hub.sandbox.store.generate.OptionScheme.BOOK_FORMAT;
import static io.cloudsync.hub.sandbox.store.generate.OptionScheme.COLOUR;
import static io.cloudsync.hub.sandbox.store.generate.OptionScheme.FOOD_FORMAT;
import static io.cloudsync.hub.sandbox.store.generate.OptionScheme.SHOE_SIZE_AND_COLOUR;
import static io.cloudsync.hub.sandbox.store.generate.OptionScheme.SIZE_AND_COLOUR;
import static io.cloudsync.hub.sandbox.store.generate.ProductKind.Family.ACCESSORIES;
import static io.cloudsync.hub.sandbox.store.generate.ProductKind.Family.BOOKS;
import static io.cloudsync.hub.sandbox.store.generate.ProductKind.Family.CLOTHING;
import static io.cloudsync.hub.sandbox.store.generate.ProductKind.Family.FOOD;
import static io.cloudsync.hub.sandbox.store.generate.ProductKind.Family.FOOTWEAR;
import static io.cloudsync.hub.sandbox.store.generate.ProductKind.Family.HOME;

import java.util.List;

/** The words the generated shop is made of (Spanish and English). */
public final class Vocabulary {

    private Vocabulary() {
    }

    /** Category tree: {id, parent id, name}; 1 is PrestaShop's root, 2 its home category. */
    public record CategoryNode(int id, int parentId, Term name) {
    }

    public static final int ROOT_CATEGORY = 1;
    public static final int HOME_CATEGORY = 2;
    public static final int NEW_ARRIVALS_CATEGORY = 24;
    public static final int SALE_CATEGORY = 25;

    public static final List<CategoryNode> CATEGORIES = List.of(
            new CategoryNode(1, 0, new Term("Raíz", "Root")),
            new CategoryNode(2, 1, new Term("Inicio", "Home")),
            new CategoryNode(3, 2, new Term("Ropa", "Clothing")),
            new CategoryNode(4, 3, new Term("Camisetas", "T-shirts")),
            new CategoryNode(5, 3, new Term("Sudaderas", "Sweatshirts")),
            new CategoryNode(6, 3, new Term("Pantalones", "Trousers")),
            new CategoryNode(7, 3, new Term("Vestidos", "Dresses")),
            new CategoryNode(8, 3, new Term("Chaquetas", "Jackets")),
            new CategoryNode(9, 2, new Term("Calzado", "Footwear")),
            new CategoryNode(10, 9, new Term("Zapatillas", "Trainers")),
            new CategoryNode(11, 9, new Term("Botas", "Boots")),
            new CategoryNode(12, 2, new Term("Accesorios", "Accessories")),
            new CategoryNode(13, 12, new Term("Bolsos", "Bags")),
            new CategoryNode(14, 12, new Term("Gorras", "Caps")),
            new CategoryNode(15, 12, new Term("Bufandas", "Scarves")),
            new CategoryNode(16, 2, new Term("Hogar", "Home & living")),
            new CategoryNode(17, 16, new Term("Cojines", "Cushions")),
            new CategoryNode(18, 16, new Term("Tazas", "Mugs")),
            new CategoryNode(19, 2, new Term("Gourmet", "Gourmet")),
            new CategoryNode(20, 19, new Term("Aceites", "Oils")),
            new CategoryNode(21, 19, new Term("Mieles", "Honey")),
            new CategoryNode(22, 2, new Term("Libros", "Books")),
            new CategoryNode(23, 22, new Term("Cocina", "Cookery")),
            new CategoryNode(24, 2, new Term("Novedades", "New arrivals")),
            new CategoryNode(25, 2, new Term("Rebajas", "Sale")));

    public static final List<Material> MATERIALS = List.of(
            new Material(new Term("de algodón orgánico", "organic cotton"), 0),
            new Material(new Term("de lino", "linen"), 1),
            new Material(new Term("de punto", "knitted"), 2),
            new Material(new Term("de poliéster reciclado", "recycled polyester"), 3),
            new Material(new Term("vaquero", "denim"), 0),
            new Material(new Term("de lana merino", "merino wool"), 4),
            new Material(new Term("de piel", "leather"), 5),
            new Material(new Term("de lona", "canvas"), 6),
            new Material(new Term("de ante", "suede"), 7),
            new Material(new Term("de algodón", "cotton"), 0),
            new Material(new Term("de lana", "wool"), 4),
            new Material(new Term("de terciopelo", "velvet"), 8),
            new Material(new Term("de cerámica", "ceramic"), 9),
            new Material(new Term("de gres", "stoneware"), 10));

    public static final List<ProductKind> KINDS = List.of(
            new ProductKind("CAM", new Term("Camiseta", "T-shirt"), CLOTHING, 4, 1295, 3495, 1, SIZE_AND_COLOUR,
                    List.of(0, 1, 2, 3), 200),
            new ProductKind("SUD", new Term("Sudadera", "sweatshirt"), CLOTHING, 5, 3495, 7495, 1, SIZE_AND_COLOUR,
                    List.of(0, 2, 3), 550),
            new ProductKind("PAN", new Term("Pantalón", "trousers"), CLOTHING, 6, 2995, 8995, 1, SIZE_AND_COLOUR,
                    List.of(1, 4, 0), 600),
            new ProductKind("VES", new Term("Vestido", "dress"), CLOTHING, 7, 3995, 11995, 1, SIZE_AND_COLOUR,
                    List.of(1, 2, 0), 400),
            new ProductKind("CHA", new Term("Chaqueta", "jacket"), CLOTHING, 8, 5995, 19995, 1, SIZE_AND_COLOUR,
                    List.of(5, 4, 3), 900),
            new ProductKind("ZAP", new Term("Zapatillas", "trainers"), FOOTWEAR, 10, 4495, 12995, 1,
                    SHOE_SIZE_AND_COLOUR, List.of(6, 7, 8), 800),
            new ProductKind("BOT", new Term("Botas", "boots"), FOOTWEAR, 11, 7995, 18995, 1, SHOE_SIZE_AND_COLOUR,
                    List.of(6, 8), 1200),
            new ProductKind("BOL", new Term("Bolso", "bag"), ACCESSORIES, 13, 2995, 14995, 1, COLOUR,
                    List.of(6, 7, 9), 600),
            new ProductKind("GOR", new Term("Gorra", "cap"), ACCESSORIES, 14, 1495, 3295, 1, COLOUR, List.of(9, 10),
                    100),
            new ProductKind("BUF", new Term("Bufanda", "scarf"), ACCESSORIES, 15, 1995, 5995, 1, COLOUR,
                    List.of(5, 9), 200),
            new ProductKind("COJ", new Term("Cojín", "cushion"), HOME, 17, 1495, 4495, 1, COLOUR, List.of(1, 11),
                    400),
            new ProductKind("TAZ", new Term("Taza", "mug"), HOME, 18, 795, 1895, 1, COLOUR, List.of(12, 13), 350),
            new ProductKind("ACE", new Term("Aceite de oliva virgen extra", "extra virgin olive oil"), FOOD, 20, 695,
                    2395, 2, FOOD_FORMAT, List.of(), 550),
            new ProductKind("MIE", new Term("Miel de romero", "rosemary honey"), FOOD, 21, 595, 1495, 2, FOOD_FORMAT,
                    List.of(), 500),
            new ProductKind("LIB", new Term("Libro de cocina", "cookbook"), BOOKS, 23, 1795, 3895, 3, BOOK_FORMAT,
                    List.of(), 700));

    public static final List<String> COLLECTIONS = List.of("Aurora", "Bruma", "Cierzo", "Duna", "Brisa", "Marea",
            "Alba", "Sierra", "Nácar", "Ébano", "Olivo", "Lucero", "Galerna", "Albero", "Tramontana", "Almendro",
            "Caracola", "Sotavento", "Lebeche", "Mistral", "Azahar", "Jara", "Tomillo", "Romero", "Candela", "Vega",
            "Ribera", "Cala", "Faro", "Levante");

    public static final List<Colour> COLOURS = List.of(
            new Colour(new Term("Rojo", "Red"), "#C0392B", false),
            new Colour(new Term("Azul marino", "Navy"), "#1F2A44", false),
            new Colour(new Term("Negro", "Black"), "#000000", false),
            new Colour(new Term("Blanco", "White"), "#FFFFFF", false),
            new Colour(new Term("Gris jaspeado", "Heather grey"), "#9EA3A8", false),
            new Colour(new Term("Verde oliva", "Olive green"), "#708238", false),
            new Colour(new Term("Beige", "Beige"), "#D8C8A8", false),
            new Colour(new Term("Amarillo mostaza", "Mustard yellow"), "#D4A017", false),
            new Colour(new Term("Rosa palo", "Blush pink"), "#E8B4B8", false),
            new Colour(new Term("Burdeos", "Burgundy"), "#800020", false),
            new Colour(new Term("Azul cielo", "Sky blue"), "#87CEEB", false),
            new Colour(new Term("Caqui", "Khaki"), "#8A7F5A", false),
            new Colour(new Term("Camel", "Camel"), "#C19A6B", false),
            new Colour(new Term("Verde botella", "Bottle green"), "#006A4E", false),
            new Colour(new Term("Crudo", "Ecru"), "#F3EBDD", false),
            new Colour(new Term("Gris marengo", "Charcoal"), "#36454F", false),
            new Colour(new Term("Verde Nilo", "Eau de Nil"), "#A6D8B8", true),
            new Colour(new Term("Azul Klein", "International Klein Blue"), "#002FA7", true),
            new Colour(new Term("Fucsia eléctrico", "Electric fuchsia"), "#FF00A0", true),
            new Colour(new Term("Turquesa Tiffany", "Tiffany blue"), "#0ABAB5", true),
            new Colour(new Term("Pantone 448 C", "Opaque Couché"), "#4A412A", true),
            new Colour(new Term("Arena del Sáhara", "Sahara sand"), "#F1E788", true));

    public static final List<String> SIZES = List.of("XS", "S", "M", "L", "XL", "XXL");
    public static final List<String> SHOE_SIZES = List.of("38", "39", "40", "41", "42", "43", "44", "45");

    /** A format attribute and its price impact (tax included, cents). */
    public record Format(Term name, int impactCents) {
    }

    public static final List<Format> FOOD_FORMATS = List.of(
            new Format(Term.same("250 ml"), 0), new Format(Term.same("500 ml"), 450), new Format(Term.same("1 l"), 950));
    public static final List<Format> BOOK_FORMATS = List.of(
            new Format(new Term("Tapa blanda", "Paperback"), 0), new Format(new Term("Tapa dura", "Hardcover"), 600),
            new Format(new Term("Libro electrónico", "eBook"), -800));

    public static final Term SIZE_GROUP = new Term("Talla", "Size");
    public static final Term COLOUR_GROUP = new Term("Color", "Color");
    public static final Term SHOE_SIZE_GROUP = new Term("Número", "Shoe size");
    public static final Term FORMAT_GROUP = new Term("Formato", "Format");

    public static final Term COMPOSITION = new Term("Composición", "Composition");
    public static final List<Term> COMPOSITIONS = List.of(new Term("Algodón", "Cotton"), new Term("Lino", "Linen"),
            new Term("Mezcla de algodón", "Cotton blend"), new Term("Poliéster", "Polyester"),
            new Term("Lana", "Wool"), new Term("Piel", "Leather"), new Term("Lona", "Canvas"),
            new Term("Ante", "Suede"), new Term("Terciopelo", "Velvet"), new Term("Cerámica", "Ceramic"),
            new Term("Gres", "Stoneware"));
    public static final Term STYLE = new Term("Estilo", "Style");
    public static final List<Term> STYLES = List.of(Term.same("Casual"), new Term("Deportivo", "Sporty"),
            new Term("Clásico", "Classic"), new Term("Elegante", "Elegant"));
    public static final Term ORIGIN = new Term("Origen", "Origin");
    public static final List<Term> ORIGINS = List.of(new Term("España", "Spain"), Term.same("Portugal"),
            new Term("Italia", "Italy"), new Term("Marruecos", "Morocco"));

    public static final List<String> MANUFACTURERS = List.of("Studio Design", "Graphic Corner", "Lumbre Textil",
            "Norte & Sur", "Marea Alta", "Cierzo Outdoor", "Alpargatas Duna", "Urban Fox", "Casa Olivo",
            "Kōbō Cerámica", "Almazara del Sur", "Editorial Fogón");

    public static Term sentence(ProductKind.Family family) {
        return switch (family) {
            case CLOTHING -> new Term("una prenda cómoda y duradera pensada para el día a día",
                    "a comfortable, durable piece made for every day");
            case FOOTWEAR -> new Term("calzado ligero con suela de goma y plantilla acolchada",
                    "lightweight footwear with a rubber sole and a padded insole");
            case ACCESSORIES -> new Term("el complemento perfecto para cualquier look",
                    "the finishing touch for any outfit");
            case HOME -> new Term("aporta calidez y personalidad a tu casa", "brings warmth and character to your home");
            case FOOD -> new Term("producido en pequeños lotes y envasado en origen",
                    "made in small batches and packed at source");
            case BOOKS -> new Term("más de cien recetas de temporada explicadas paso a paso",
                    "over a hundred seasonal recipes explained step by step");
        };
    }

    public static Term care(ProductKind.Family family) {
        return switch (family) {
            case CLOTHING -> new Term("Lavar a máquina a 30 °C, del revés.", "Machine wash at 30 °C, inside out.");
            case FOOTWEAR -> new Term("Limpiar con un paño húmedo.", "Wipe clean with a damp cloth.");
            case ACCESSORIES -> new Term("Limpieza en seco.", "Dry clean only.");
            case HOME -> new Term("Apto para lavavajillas y microondas.", "Dishwasher and microwave safe.");
            case FOOD -> new Term("Conservar en lugar fresco y seco, protegido de la luz.",
                    "Store in a cool, dry place away from light.");
            case BOOKS -> new Term("Encuadernación cosida, 240 páginas.", "Sewn binding, 240 pages.");
        };
    }

    public static final List<String> FIRST_NAMES_FEMALE = List.of("María", "Lucía", "Carmen", "Paula", "Laura",
            "Marta", "Ana", "Sofía", "Elena", "Cristina", "Isabel", "Nuria", "Alba", "Irene", "Pilar", "Rocío",
            "Begoña", "Ainhoa", "Montserrat", "Inés");
    public static final List<String> FIRST_NAMES_MALE = List.of("Antonio", "Manuel", "José", "Francisco", "David",
            "Javier", "Daniel", "Carlos", "Alejandro", "Pablo", "Sergio", "Jorge", "Álvaro", "Íñigo", "Raúl", "Rubén",
            "Adrián", "Jordi", "Xabier", "Hugo");
    public static final List<String> SURNAMES = List.of("García", "Fernández", "González", "Rodríguez", "López",
            "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno",
            "Muñoz", "Álvarez", "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos",
            "Gil", "Ramírez", "Serrano", "Blanco", "Molina", "Morales", "Suárez", "Ortega", "Delgado", "Castro",
            "Ortiz", "Rubio", "Marín", "Sanz", "Iglesias", "Núñez", "Medina", "Garrido", "Santos", "Castillo",
            "Cortés", "Lozano", "Guerrero", "Cano", "Prieto", "Méndez", "Calvo", "Gallego", "Vidal", "León",
            "Herrera", "Peña", "Ibáñez", "Aguirre", "Etxeberria");

    /** A city, its province's two postcode digits and a state id. */
    public record City(String name, String postcodePrefix, int stateId) {
    }

    public static final List<City> CITIES = List.of(new City("Madrid", "28", 341), new City("Barcelona", "08", 321),
            new City("Valencia", "46", 359), new City("Sevilla", "41", 354), new City("Zaragoza", "50", 363),
            new City("Málaga", "29", 342), new City("Bilbao", "48", 361), new City("Valladolid", "47", 360),
            new City("Vigo", "36", 350), new City("A Coruña", "15", 313), new City("Granada", "18", 330),
            new City("Murcia", "30", 344), new City("Palma", "07", 320), new City("Alicante", "03", 315),
            new City("Córdoba", "14", 327), new City("Pamplona", "31", 346), new City("Santander", "39", 323),
            new City("Oviedo", "33", 318), new City("Salamanca", "37", 351), new City("Logroño", "26", 339));

    public static final List<String> STREETS = List.of("Calle Mayor", "Avenida de la Constitución", "Calle Real",
            "Paseo de Gracia", "Calle de Alcalá", "Gran Vía", "Calle San Fernando", "Plaza de España",
            "Calle del Carmen", "Ronda de Valencia", "Calle Larios", "Avenida Diagonal", "Calle Uría",
            "Paseo de la Castellana", "Calle Sierpes");
}
