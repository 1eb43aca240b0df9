package it.wecare.factotum.workers.control;

import it.wecare.factotum.api.workers.SkillLevel;
import it.wecare.factotum.api.workers.WorkerKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A realistic, deterministic workforce for demo mode and benchmarks: the same seed gives the same people
 * every run. Names are common Italian (and some newer Italian) names; places are comuni of Piedmont.
 */
public final class DemoWorkforce {

    static final String[] FIRST_NAMES = {
        "Marco",
        "Giulia",
        "Luca",
        "Francesca",
        "Andrea",
        "Sara",
        "Matteo",
        "Chiara",
        "Alessandro",
        "Valentina",
        "Davide",
        "Elena",
        "Simone",
        "Martina",
        "Federico",
        "Giorgia",
        "Lorenzo",
        "Alessia",
        "Stefano",
        "Silvia",
        "Paolo",
        "Anna",
        "Roberto",
        "Laura",
        "Giuseppe",
        "Maria",
        "Francesco",
        "Paola",
        "Antonio",
        "Cristina",
        "Giovanni",
        "Roberta",
        "Fabio",
        "Monica",
        "Massimo",
        "Elisa",
        "Riccardo",
        "Ilaria",
        "Daniele",
        "Federica",
        "Ahmed",
        "Fatima",
        "Ion",
        "Elena",
        "Mohamed",
        "Amina",
        "Ivan",
        "Olena",
        "Samuel",
        "Grace",
        "Karim",
        "Yasmine"
    };

    static final String[] LAST_NAMES = {
        "Rossi",
        "Ferrero",
        "Bianco",
        "Russo",
        "Gallo",
        "Costa",
        "Fontana",
        "Conti",
        "Esposito",
        "Ricci",
        "Bruno",
        "Moretti",
        "Marino",
        "Greco",
        "Barbieri",
        "Lombardi",
        "Giordano",
        "Colombo",
        "Rinaldi",
        "Caruso",
        "Ferrari",
        "Galli",
        "Martini",
        "Leone",
        "Longo",
        "Gentile",
        "Martinelli",
        "Vitale",
        "Serra",
        "Coppola",
        "Bertola",
        "Cravero",
        "Operti",
        "Audisio",
        "Giraudo",
        "Chiapello",
        "Rosso",
        "Bertone",
        "Garrone",
        "Perotti",
        "Boero",
        "Kone",
        "Diallo",
        "Popescu",
        "Ionescu",
        "El Amrani",
        "Benali",
        "Kovalenko",
        "Okafor",
        "Mensah",
        "Traore"
    };

    static final String[] LANGUAGES = {"en", "fr", "es", "ar", "ro", "uk", "wo"};

    static final String[] ORGANISATIONS = {"mosaico", "mosaico", "harambee", "harambee", "anteo", "bigood", "granmenu"};

    /** One generated worker. */
    public record Person(
            WorkerKind kind,
            String firstName,
            String lastName,
            boolean pseudonym,
            boolean consent,
            List<String> languages,
            boolean drivingLicence,
            boolean vehicle,
            BigDecimal hourlyRate,
            String organisation,
            int homeComune,
            Set<Integer> otherComuni,
            boolean wholeProvince,
            Map<String, SkillLevel> skills,
            boolean trainee,
            String bioIt,
            String bioEn) {}

    private DemoWorkforce() {}

    /**
     * {@code count} people; {@code comuni} is how many candidate comuni there are (indexes are returned)
     * and {@code services} the subcategory codes to draw skills from.
     */
    public static List<Person> generate(long seed, int count, int comuni, List<String> services) {
        Random random = new Random(seed);
        List<Person> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double roll = random.nextDouble();
            WorkerKind kind =
                    roll < 0.27 ? WorkerKind.VOLUNTEER : roll < 0.73 ? WorkerKind.FACTOTUM : WorkerKind.ARTISAN;
            String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            List<String> languages = new ArrayList<>(List.of("it"));
            if (random.nextDouble() < 0.35) {
                languages.add(LANGUAGES[random.nextInt(LANGUAGES.length)]);
            }
            boolean licence = random.nextDouble() < 0.6;
            boolean vehicle = licence && random.nextDouble() < 0.6;
            BigDecimal rate = kind == WorkerKind.ARTISAN
                    ? BigDecimal.valueOf(18 + random.nextInt(23)).setScale(2, RoundingMode.UNNECESSARY)
                    : null;
            int home = random.nextInt(comuni);
            Set<Integer> others = new LinkedHashSet<>();
            int extra = random.nextInt(4);
            for (int k = 0; k < extra; k++) {
                others.add(random.nextInt(comuni));
            }
            others.remove(home);
            Map<String, SkillLevel> skills = new LinkedHashMap<>();
            int skillCount = 1 + random.nextInt(kind == WorkerKind.ARTISAN ? 3 : 4);
            int family = random.nextInt(services.size());
            for (int k = 0; k < skillCount; k++) {
                String service = services.get((family + k * (1 + random.nextInt(2))) % services.size());
                SkillLevel level = kind == WorkerKind.ARTISAN
                        ? (random.nextDouble() < 0.7 ? SkillLevel.EXPERT : SkillLevel.GOOD)
                        : kind == WorkerKind.FACTOTUM
                                ? (random.nextDouble() < 0.5 ? SkillLevel.GOOD : SkillLevel.BASIC)
                                : SkillLevel.BASIC;
                skills.putIfAbsent(service, level);
            }
            people.add(new Person(
                    kind,
                    first,
                    last,
                    random.nextDouble() < 0.3,
                    random.nextDouble() < 0.85,
                    languages,
                    licence,
                    vehicle,
                    rate,
                    ORGANISATIONS[random.nextInt(ORGANISATIONS.length)],
                    home,
                    others,
                    random.nextDouble() < 0.2,
                    skills,
                    kind == WorkerKind.FACTOTUM && random.nextDouble() < 0.35,
                    bioIt(kind, first, random),
                    bioEn(kind, first, random)));
        }
        return people;
    }

    private static String bioIt(WorkerKind kind, String name, Random random) {
        return switch (kind) {
            case VOLUNTEER ->
                "Sono " + name + ", volontario/a da " + (2 + random.nextInt(9))
                        + " anni: mi piace dare una mano con commissioni e piccoli aiuti nel mio quartiere.";
            case FACTOTUM ->
                "Sono " + name + ", tuttofare della cooperativa. Lavoro con cura e sto imparando il mestiere"
                        + " accanto a un artigiano esperto.";
            case ARTISAN ->
                "Sono " + name + ", artigiano/a con " + (10 + random.nextInt(25))
                        + " anni di esperienza. Garantisco lavori fatti bene e insegno volentieri il mestiere.";
        };
    }

    private static String bioEn(WorkerKind kind, String name, Random random) {
        return switch (kind) {
            case VOLUNTEER ->
                "I am " + name + ", a volunteer for " + (2 + random.nextInt(9))
                        + " years: I like helping with errands and small tasks in my neighbourhood.";
            case FACTOTUM ->
                "I am " + name + ", the cooperative's handyman. I work carefully and I am learning the trade"
                        + " beside a skilled artisan.";
            case ARTISAN ->
                "I am " + name + ", a craftsperson with " + (10 + random.nextInt(25))
                        + " years of experience. I stand by my work and gladly teach the trade.";
        };
    }
}
