package io.cloudsync.hub.sandbox.marketsync.activity;

import io.cloudsync.hub.sandbox.marketsync.model.ShippingAddress;
import java.util.List;
import java.util.Random;

/** Mexican names and addresses for generated orders, drawn from a seeded random source. */
final class ShippingData {

    private record City(String ciudad, String estado, String cpPrefix) {
    }

    private static final List<String> FIRST_NAMES = List.of("María", "José", "Guadalupe", "Juan", "Fernanda",
            "Luis", "Ximena", "Carlos", "Sofía", "Miguel", "Valeria", "Jorge", "Daniela", "Alejandro", "Camila",
            "Ricardo", "Andrea", "Eduardo", "Paola", "Héctor");
    private static final List<String> LAST_NAMES = List.of("Hernández", "García", "Martínez", "López", "González",
            "Pérez", "Rodríguez", "Sánchez", "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes",
            "Jiménez", "Torres", "Díaz", "Gutiérrez", "Ruiz");
    private static final List<String> STREETS = List.of("Av. Reforma", "Calle Hidalgo", "Av. Juárez",
            "Calle Morelos", "Av. Insurgentes Sur", "Calle 5 de Mayo", "Av. Revolución", "Calle Zaragoza",
            "Av. Universidad", "Calle Allende");
    private static final List<String> COLONIAS = List.of("Centro", "Del Valle", "Roma Norte", "Condesa",
            "Narvarte", "Jardines del Bosque", "Chapultepec", "Providencia", "Las Águilas", "San Rafael");
    private static final List<City> CITIES = List.of(new City("Ciudad de México", "Ciudad de México", "03"),
            new City("Guadalajara", "Jalisco", "44"), new City("Monterrey", "Nuevo León", "64"),
            new City("Puebla", "Puebla", "72"), new City("Querétaro", "Querétaro", "76"),
            new City("Mérida", "Yucatán", "97"), new City("Tijuana", "Baja California", "22"),
            new City("León", "Guanajuato", "37"), new City("Toluca", "Estado de México", "50"),
            new City("Acapulco", "Guerrero", "39"));
    private static final List<String> NOTES = List.of("Portón negro", "Casa de dos pisos, fachada blanca",
            "Entregar en recepción", "Junto a la farmacia", "Departamento 3B", "");

    private ShippingData() {
    }

    static ShippingAddress draw(Random random) {
        City city = pick(random, CITIES);
        String name = pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES) + " " + pick(random, LAST_NAMES);
        String street = pick(random, STREETS) + " " + (1 + random.nextInt(999));
        String between = "Entre " + pick(random, STREETS) + " y " + pick(random, STREETS);
        String phone = "55" + String.format("%08d", random.nextInt(100_000_000));
        String cp = city.cpPrefix() + String.format("%03d", random.nextInt(1000));
        return new ShippingAddress(name.toUpperCase(java.util.Locale.ROOT), phone, street, between,
                pick(random, COLONIAS), city.ciudad(), city.estado(), cp, pick(random, NOTES));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
