namespace Bdis.Cli.Bench.Search;

/// <summary>Words the synthetic initiatives are made of: per sub-theme, what such places are called and do.</summary>
public static class BenchVocabulary
{
    public static IReadOnlyDictionary<string, (string[] Heads, string Activity)> Themes { get; } = new Dictionary<string, (string[], string)>
    {
        ["insertion"] = (["Chantier d'insertion", "Atelier et chantier d'insertion", "Régie de quartier", "Entreprise d'insertion"], "des salariés en parcours d'insertion retrouvent un emploi durable"),
        ["cooperative-activite"] = (["Coopérative d'activité et d'emploi", "CAE"], "des entrepreneurs-salariés testent et développent leur activité"),
        ["entreprise-adaptee"] = (["Entreprise adaptée", "ESAT"], "des travailleurs en situation de handicap exercent un métier qualifié"),
        ["accompagnement-creation"] = (["Couveuse d'entreprises", "Incubateur social", "Boutique de gestion"], "les porteurs de projet sont accompagnés dans la création de leur activité"),
        ["education-populaire"] = (["Maison des jeunes et de la culture", "Centre social", "Foyer rural"], "ateliers, sorties et débats pour tous les âges"),
        ["formation-professionnelle"] = (["Organisme de formation", "École de production"], "formations qualifiantes aux métiers de l'artisanat et du bâtiment"),
        ["inclusion-numerique"] = (["Espace numérique", "Point numérique solidaire"], "aide aux démarches en ligne et ateliers d'initiation au numérique"),
        ["savoirs-partages"] = (["Réseau d'échanges de savoirs", "Université populaire"], "chacun apprend et transmet ce qu'il sait"),
        ["amap"] = (["AMAP", "Panier paysan"], "des paniers de légumes bio livrés chaque semaine par un maraîcher local"),
        ["epicerie-solidaire"] = (["Épicerie solidaire", "Épicerie sociale"], "des produits alimentaires à petit prix pour les familles aux revenus modestes"),
        ["circuit-court"] = (["Magasin de producteurs", "Drive fermier", "Marché paysan"], "la vente directe des produits de la ferme sans intermédiaire"),
        ["commerce-equitable"] = (["Boutique de commerce équitable", "Artisans du monde"], "des produits équitables qui rémunèrent justement les producteurs"),
        ["restauration-solidaire"] = (["Restaurant solidaire", "Cantine solidaire", "Café associatif"], "des repas faits maison à prix libre"),
        ["jardin-partage"] = (["Jardin partagé", "Jardin collectif", "Potager solidaire"], "des parcelles cultivées ensemble, compost et rendez-vous jardinage"),
        ["habitat-participatif"] = (["Habitat participatif", "Coopérative d'habitants"], "des habitants conçoivent et gèrent ensemble leur immeuble"),
        ["logement-insertion"] = (["Résidence sociale", "Pension de famille"], "un logement accompagné pour les personnes en difficulté"),
        ["eco-construction"] = (["Coopérative d'écoconstruction", "Atelier d'autoconstruction"], "construire et rénover en bois, paille et terre crue"),
        ["sante-communautaire"] = (["Maison de santé communautaire", "Centre de santé associatif"], "des soins de proximité et de la prévention avec les habitants"),
        ["aide-a-domicile"] = (["Service d'aide à domicile", "Association d'aide à domicile"], "l'aide à domicile des personnes âgées et des familles"),
        ["handicap"] = (["Association d'accompagnement du handicap", "Groupe d'entraide mutuelle"], "l'accompagnement des personnes en situation de handicap"),
        ["tiers-lieu"] = (["Tiers-lieu", "Fablab", "Espace de coworking"], "un tiers-lieu avec atelier partagé, coworking et café"),
        ["pole-territorial"] = (["Pôle territorial de coopération économique", "PTCE"], "des entreprises du territoire coopèrent et mutualisent"),
        ["groupement-employeurs"] = (["Groupement d'employeurs"], "des emplois partagés entre plusieurs structures"),
        ["monnaie-locale"] = (["Monnaie locale"], "une monnaie locale complémentaire acceptée chez les commerçants du territoire"),
        ["finance-solidaire"] = (["Fonds territorial solidaire", "Caisse solidaire"], "l'épargne solidaire finance des projets locaux"),
        ["microcredit"] = (["Association de microcrédit"], "des microcrédits pour créer son emploi"),
        ["cigales"] = (["Club CIGALES"], "des citoyens investissent ensemble dans des entreprises locales"),
        ["culture"] = (["Compagnie théâtrale", "Café-culture", "Atelier d'artistes"], "spectacles, concerts et ateliers artistiques"),
        ["tourisme-solidaire"] = (["Gîte solidaire", "Auberge de jeunesse associative"], "un hébergement solidaire ouvert aux groupes et aux familles"),
        ["sport-loisirs"] = (["Club sportif associatif", "Maison des loisirs"], "des activités sportives accessibles à tous"),
        ["ressourcerie"] = (["Ressourcerie", "Recyclerie"], "collecte, valorisation et revente d'objets de seconde main"),
        ["reparation"] = (["Repair café", "Atelier de réparation", "Atelier vélo participatif"], "on répare ensemble appareils, vêtements et vélos"),
        ["energie-citoyenne"] = (["Centrale villageoise", "Coopérative d'énergie citoyenne"], "des panneaux solaires financés et gérés par les habitants"),
        ["mobilite-durable"] = (["Atelier vélo", "Garage solidaire", "Autopartage citoyen"], "des solutions de mobilité pour se déplacer autrement"),
        ["vie-associative"] = (["Maison des associations", "Point d'appui à la vie associative"], "l'accompagnement des associations et des bénévoles"),
        ["democratie-locale"] = (["Conseil citoyen", "Collectif d'habitants"], "les habitants participent aux décisions de leur quartier"),
        ["medias-citoyens"] = (["Radio associative", "Journal de quartier"], "une information locale faite par et pour les habitants"),
        ["solidarite-internationale"] = (["Association de solidarité internationale"], "des projets de coopération avec des partenaires à l'étranger"),
    };

    public static string[] Nicknames { get; } =
    [
        "La Fourmilière", "Le Chaudron", "L'Établi", "Les Petites Mains", "La Ruche", "Le Grenier", "La Boussole", "Le Relais",
        "La Passerelle", "L'Escale", "Le Fil d'Ariane", "La Clé des Champs", "Le Petit Pont", "La Canopée", "Les Jardins d'Ariane",
        "La Coccinelle", "Le Colibri", "La Marmite", "L'Atelier Bleu", "Le Bocal", "La Grange", "Les Tisserands", "Le Moulin",
        "La Source", "L'Arbre à Palabres", "Le Phare", "La Ferme du Bonheur", "Les Copains d'Abord", "La Tablée", "Le Carrefour",
    ];

    public static string[] Sentences { get; } =
    [
        "L'association compte une trentaine de bénévoles et quelques salariés.",
        "Le projet est soutenu par la commune, le département et plusieurs fondations.",
        "Les permanences ont lieu le mercredi après-midi et le samedi matin.",
        "Chacun peut venir découvrir le lieu lors des journées portes ouvertes.",
        "La structure travaille avec les écoles et les centres sociaux du quartier.",
        "Une partie de l'équipe est salariée en contrat aidé et se forme sur place.",
        "Les adhérents participent aux décisions lors de l'assemblée générale annuelle.",
        "Le lieu est accessible aux personnes à mobilité réduite.",
        "Des ateliers zéro déchet et des animations sont proposés toute l'année.",
        "La gouvernance est partagée entre salariés, usagers et partenaires locaux.",
        "Les bénéfices sont réinvestis dans le projet et dans l'emploi local.",
        "Un programme d'animations est publié chaque mois sur le site internet.",
        "Le projet est né en 2019 à l'initiative d'un petit groupe d'habitants.",
        "L'équipe accueille aussi des stagiaires et des volontaires en service civique.",
        "Les tarifs sont adaptés aux revenus de chacun.",
    ];

    public static string[] Streets { get; } =
        ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "place de la Mairie", "rue du Moulin", "chemin des Vignes",
         "rue de la Gare", "boulevard Gambetta", "rue Pasteur", "rue des Écoles", "impasse des Lilas", "route de la Forêt"];
}
