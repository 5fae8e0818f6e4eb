using Bdis.Search.Contracts;

namespace Bdis.Search.Tests;

/// <summary>
/// The relevance test set over the demo data (data/demo/initiatives.csv): what people type, and the records that must
/// be in the first five results (and, where it matters, first).
/// </summary>
public static class RelevanceCases
{
    public sealed record Case(SearchQuery Query, string[] InTop5, string? First = null);

    private static SearchQuery Text(string text) => new() { Text = text };

    private static SearchQuery With(string? text, SearchFilters filters, SearchSort sort = SearchSort.Relevance) =>
        new() { Text = text, Filters = filters, Sort = sort };

    public static IReadOnlyDictionary<string, Case> All { get; } = new Dictionary<string, Case>
    {
        // Accents and case
        ["accents: epicerie solidaire lens"] = new(Text("epicerie solidaire lens"), ["Épicerie solidaire Le Coron"], "Épicerie solidaire Le Coron"),
        ["accents: Épicerie Béziers"] = new(Text("Épicerie Béziers"), ["Épicerie solidaire La Pause Gourmande"], "Épicerie solidaire La Pause Gourmande"),
        ["accents: theatre ambulant"] = new(Text("theatre ambulant"), ["Théâtre ambulant Le Chariot"], "Théâtre ambulant Le Chariot"),
        ["accents: energie citoyenne segala"] = new(Text("energie citoyenne segala"), ["Énergies citoyennes du Ségala"], "Énergies citoyennes du Ségala"),
        ["accents: cinema associatif"] = new(Text("cinema associatif"), ["Cinéma associatif La Lanterne", "Cinéma associatif L'Étoile des Quais"]),
        ["accents: ECOLE DES METIERS"] = new(Text("ECOLE DES METIERS"), ["École des métiers du bâti ancien"], "École des métiers du bâti ancien"),
        ["accents: refuge solidaire mont blanc"] = new(Text("refuge solidaire mont blanc"), ["Refuge solidaire du Mont-Blanc"], "Refuge solidaire du Mont-Blanc"),

        // Plurals and other forms of a word
        ["plural: cooperatives d'habitants"] = new(Text("cooperatives d'habitants"), ["Coopérative d'habitants des Pentes", "Coopérative d'habitants Le Mas Partagé"]),
        ["plural: jardins partagés lille"] = new(Text("jardins partagés lille"), ["Jardin partagé des Dondaines"], "Jardin partagé des Dondaines"),
        ["plural: ressourceries lyon"] = new(Text("ressourceries lyon"), ["Ressourcerie de la Croix-Rousse"]),
        ["plural: repair cafés montpellier"] = new(Text("repair cafés montpellier"), ["Repair café des Arceaux"], "Repair café des Arceaux"),
        ["plural: monnaies locales grenoble"] = new(Text("monnaies locales grenoble"), ["Monnaie locale Le Bastion"], "Monnaie locale Le Bastion"),
        ["plural: épiceries solidaires du nord"] = new(Text("épiceries solidaires douai"), ["Épicerie solidaire du Beffroi"], "Épicerie solidaire du Beffroi"),

        // Typos
        ["typo: ressourcrie calais"] = new(Text("ressourcrie calais"), ["Ressourcerie du Calaisis"], "Ressourcerie du Calaisis"),
        ["typo: epicrie solidaire roubaix"] = new(Text("epicrie solidaire roubaix"), ["Épicerie solidaire La Fraternelle"], "Épicerie solidaire La Fraternelle"),
        ["typo: habitat particpatif villeurbanne"] = new(Text("habitat particpatif villeurbanne"), ["Habitat participatif L'Îlot des Tisserands"], "Habitat participatif L'Îlot des Tisserands"),
        ["typo: microcedit tarn"] = new(Text("microcedit tarn"), ["Microcrédit accompagné du Tarn"], "Microcrédit accompagné du Tarn"),
        ["typo: monaie locale lyon"] = new(Text("monaie locale lyon"), ["Monnaie locale Le Canut"], "Monnaie locale Le Canut"),
        ["typo: cinéma assocaitif"] = new(Text("cinéma assocaitif"), ["Cinéma associatif La Lanterne"]),
        ["typo: marseile amap"] = new(Text("marseile amap"), ["AMAP du Panier"]),

        // Synonyms (data/search/synonyms.txt)
        ["synonym: recyclerie marseille"] = new(Text("recyclerie marseille"), ["Ressourcerie des Calanques", "Recyclerie La Glaneuse"]),
        ["synonym: ressourcerie fives"] = new(Text("ressourcerie fives"), ["Recyclerie de Fives"], "Recyclerie de Fives"),
        ["synonym: panier paysan lille"] = new(Text("panier paysan lille"), ["AMAP de Wazemmes"]),
        ["synonym: tiers lieu amiens"] = new(Text("tiers lieu amiens"), ["Tiers-lieu La Ferme urbaine du Sud"], "Tiers-lieu La Ferme urbaine du Sud"),
        ["synonym: cooperative de production verriers"] = new(Text("cooperative de production verriers"), ["SCOP Les Verriers du Nord"], "SCOP Les Verriers du Nord"),
        ["synonym: epicerie sociale vence"] = new(Text("epicerie sociale vence"), ["Épicerie sociale et solidaire Le Panier vençois"], "Épicerie sociale et solidaire Le Panier vençois"),
        ["synonym: bicyclette grenoble"] = new(Text("bicyclette grenoble"), ["Atelier vélo Le Guidon Libre"], "Atelier vélo Le Guidon Libre"),

        // Commune names
        ["commune: Saint-Étienne"] = new(Text("Saint-Étienne"), ["Épicerie solidaire Le Cabas stéphanois", "Tiers-lieu Les Usines du Gier", "Ressourcerie du Forez"]),
        ["commune: saint etienne"] = new(Text("saint etienne"), ["Épicerie solidaire Le Cabas stéphanois", "Tiers-lieu Les Usines du Gier", "Ressourcerie du Forez"]),
        ["commune: aix en provence habitat"] = new(Text("aix en provence habitat"), ["Habitat participatif Les Micocouliers"], "Habitat participatif Les Micocouliers"),
        ["commune: toulouse amap"] = new(Text("toulouse amap"), ["AMAP des Minimes", "AMAP de Saint-Cyprien"]),
        ["commune: chamonix"] = new(Text("chamonix"), ["Refuge solidaire du Mont-Blanc"], "Refuge solidaire du Mont-Blanc"),
        ["commune: l'olivette (elision)"] = new(Text("l'olivette"), ["Épicerie solidaire L'Olivette"], "Épicerie solidaire L'Olivette"),

        // Filters combined with the text
        ["filter: ressourcerie in region 84"] = new(With("ressourcerie", new SearchFilters { Regions = ["84"] }), ["Ressourcerie de la Croix-Rousse", "Recyclerie des Pentes"]),
        ["filter: amap in department 59"] = new(With("amap", new SearchFilters { Departments = ["59"] }), ["AMAP de Wazemmes", "AMAP des Weppes"]),
        ["filter: jardin, theme consommer, region 32"] = new(With("jardin", new SearchFilters { Themes = ["consommer"], Regions = ["32"] }), ["Jardin partagé des Dondaines"]),
        ["filter: épicerie in network ADEPES"] = new(With("épicerie", new SearchFilters { Networks = ["ADEPES"] }),
            ["Épicerie solidaire Le Bon Grain", "Épicerie solidaire La Pause Gourmande", "Épicerie solidaire L'Olivette", "Épicerie solidaire du Bassin alésien"]),
        ["filter: énergie ségala, status scic"] = new(With("énergie ségala", new SearchFilters { LegalStatuses = ["scic"] }), ["Énergies citoyennes du Ségala"], "Énergies citoyennes du Ségala"),
        ["filter: coopérative, scop, department 69"] = new(With("coopérative", new SearchFilters { LegalStatuses = ["scop"], Departments = ["69"] }), ["Coopérative d'activité Rhône Élan"], "Coopérative d'activité Rhône Élan"),
        ["filter: ressourcerie in a Lille bbox"] = new(With("ressourcerie", new SearchFilters { Bbox = new BoundingBox(2.9, 50.55, 3.2, 50.75) }), ["Ressourcerie de Moulins-Lille", "Recyclerie de Fives"]),

        // Distance
        ["distance: amap within 5 km of the Vieux-Port"] = new(With("amap", new SearchFilters { Near = new GeoPoint(5.3698, 43.2965), RadiusKm = 5 }, SearchSort.Distance), ["AMAP du Panier"], "AMAP du Panier"),
        ["distance: repair café within 5 km of Lyon centre"] = new(With("repair café", new SearchFilters { Near = new GeoPoint(4.8357, 45.7640), RadiusKm = 5 }, SearchSort.Distance), ["Repair café de la Guillotière", "Recyclerie des Pentes"]),
        ["distance: nearest to the Capitole"] = new(With(null, new SearchFilters { Near = new GeoPoint(1.4442, 43.6045), RadiusKm = 2 }, SearchSort.Distance),
            ["Monnaie locale La Garonnette", "Restaurant solidaire La Marmite du Capitole"], "Monnaie locale La Garonnette"),
        ["distance: jardin within 20 km of Lille"] = new(With("jardin", new SearchFilters { Near = new GeoPoint(3.0573, 50.6292), RadiusKm = 20 }, SearchSort.Distance), ["Jardin partagé des Dondaines"], "Jardin partagé des Dondaines"),

        // Ranking: name above description, exact above fuzzy, the word being typed
        ["ranking: glaneuse (a name word)"] = new(Text("glaneuse"), ["Recyclerie La Glaneuse"], "Recyclerie La Glaneuse"),
        ["ranking: pentes (exact name words)"] = new(Text("pentes"), ["Recyclerie des Pentes", "Coopérative d'habitants des Pentes"]),
        ["prefix: ressourcerie de la croix-r"] = new(Text("ressourcerie de la croix-r"), ["Ressourcerie de la Croix-Rousse"], "Ressourcerie de la Croix-Rousse"),
        ["prefix: guidon lib"] = new(Text("guidon lib"), ["Atelier vélo Le Guidon Libre"], "Atelier vélo Le Guidon Libre"),
        ["sentence: qu'est-ce qu'une amap à lille ?"] = new(Text("qu'est-ce qu'une amap à lille ?"), ["AMAP de Wazemmes"]),
    };
}
