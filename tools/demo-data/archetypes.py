"""Hand-written French text for the Bdis demo data, grouped by kind of initiative.

Each kind ("archetype") has default themes, a default legal status, a few summaries and a pool of
description sentences. build_demo.py picks 2–3 sentences per record (rotating so that records of
the same kind read differently) and may add one general closing sentence.
Placeholders: {a_c} "à Caen" / "au Havre", {de_c} "de Caen" / "du Havre" / "d'Arles", {c} commune,
{k} a small number, {net} the network's name, {year} a year.
"""

ARCH = {
    "ressourcerie": dict(
        themes=[["ressourcerie", "insertion"], ["ressourcerie", "reparation"], ["ressourcerie", "insertion", "vie-associative"]],
        legal="association",
        summaries=[
            "Collecte, valorisation et revente à petits prix d'objets du quotidien {a_c}.",
            "Ressourcerie qui donne une seconde vie aux meubles, vêtements et objets tout en créant des emplois locaux.",
            "Boutique de réemploi et atelier de valorisation des objets collectés sur le territoire.",
            "Lieu de dépôt et de vente d'objets de seconde main, avec des ateliers de sensibilisation au réemploi.",
            "Ressourcerie {de_c} : on y dépose ce qui ne sert plus, on y trouve de quoi s'équiper à petit prix.",
            "Réemploi, réparation et vente solidaire d'objets, de meubles et de textiles collectés {a_c}.",
        ],
        desc=[
            "La structure collecte les objets dont les habitants n'ont plus l'usage, les trie, les nettoie et les répare avant de les remettre en vente à prix solidaires.",
            "Ses quatre missions : collecter, valoriser, revendre et sensibiliser à la réduction des déchets.",
            "Une partie de l'équipe est salariée en contrat d'insertion et se forme aux métiers du tri, de la logistique et de la vente.",
            "Chaque année, plusieurs dizaines de tonnes d'objets échappent ainsi à l'enfouissement.",
            "Des ateliers « zéro déchet » et des animations scolaires sont proposés tout au long de l'année.",
            "Les dépôts se font aux heures d'ouverture de la boutique ; les encombrants peuvent être enlevés à domicile sur rendez-vous.",
            "Son mot d'ordre, affiché à l'entrée : \"le meilleur déchet est celui qu'on ne produit pas\".",
        ],
    ),
    "recyclerie": dict(
        themes=[["ressourcerie"], ["ressourcerie", "reparation"], ["ressourcerie", "eco-construction"]],
        legal="association",
        summaries=[
            "Recyclerie associative : dons d'objets, boutique solidaire et ateliers de réparation.",
            "Une recyclerie de proximité pour réduire les déchets et équiper les foyers à petit prix.",
            "Recyclerie spécialisée dans le mobilier, l'électroménager et les matériaux de bricolage.",
            "Recyclerie {de_c} : collecte, tri, réparation et revente d'objets du quotidien.",
            "La recyclerie du territoire, avec boutique solidaire, matériauthèque et ateliers de réparation.",
        ],
        desc=[
            "Née de l'initiative d'habitants, la recyclerie récupère meubles, vaisselle, livres et jouets pour les remettre en circulation.",
            "La recyclerie fonctionne avec une petite équipe salariée et une trentaine de bénévoles.",
            "Le petit électroménager est testé et réparé par un atelier dédié avant d'être vendu avec une garantie de six mois.",
            "On y trouve aussi une matériauthèque où artisans et particuliers récupèrent bois, carrelage et quincaillerie.",
            "La recyclerie travaille avec les déchetteries du territoire pour capter les objets encore réutilisables.",
        ],
    ),
    "amap": dict(
        themes=[["amap", "circuit-court"], ["amap"], ["amap", "circuit-court", "education-populaire"]],
        legal="association",
        summaries=[
            "AMAP qui relie des familles {de_c} à des paysans du territoire autour de paniers hebdomadaires.",
            "Partenariat solidaire entre consommateurs et producteurs locaux : légumes, œufs, pain et fromages.",
            "Distribution hebdomadaire de paniers de légumes bio cultivés à moins de 30 km.",
            "Une AMAP qui soutient l'installation de jeunes maraîchers et maraîchères en agriculture paysanne.",
            "Paniers de légumes, de fruits et de fromages livrés chaque semaine {a_c} par des fermes voisines.",
            "Des familles {de_c} qui s'engagent aux côtés de trois fermes bio, saison après saison.",
            "AMAP de quartier : un panier paysan par semaine et des liens directs avec ceux qui produisent.",
        ],
        desc=[
            "Les adhérents s'engagent pour une saison auprès des producteurs et paient leurs paniers à l'avance, ce qui sécurise le revenu des fermes.",
            "La distribution a lieu chaque semaine, le mardi ou le jeudi en fin de journée selon la saison.",
            "Outre les légumes, des contrats existent pour le pain, les œufs, le miel, les fromages de chèvre et la viande.",
            "Des visites de ferme et des chantiers collectifs sont organisés plusieurs fois par an.",
            "Le « panier paysan » coûte en moyenne 15 euros ; une partie des paniers est proposée à tarif solidaire.",
            "L'association adhère à la charte des AMAP : agriculture paysanne, transparence des prix et solidarité face aux aléas climatiques.",
        ],
    ),
    "circuit": dict(
        themes=[["circuit-court"], ["circuit-court", "commerce-equitable"], ["circuit-court", "pole-territorial"]],
        legal="cooperative",
        summaries=[
            "Magasin de producteurs associés : fruits, légumes, viandes et produits laitiers en vente directe.",
            "Paniers paysans à commander en ligne et à retirer chaque vendredi dans un point relais.",
            "Plateforme logistique qui approvisionne les cantines du territoire en produits locaux.",
        ],
        desc=[
            "Une vingtaine de fermes se relaient à la vente, si bien que le client échange directement avec celles et ceux qui produisent.",
            "Les prix sont fixés par les producteurs eux-mêmes, sans intermédiaire.",
            "Le « panier paysan » de la semaine est composé selon les récoltes et peut être retiré dans plusieurs points relais.",
            "La structure livre aussi les restaurants scolaires et les établissements de santé du bassin de vie.",
            "Les emballages sont consignés et la gamme d'épicerie sèche est vendue en vrac.",
        ],
    ),
    "epicerie": dict(
        themes=[["epicerie-solidaire"], ["epicerie-solidaire", "circuit-court"], ["epicerie-solidaire", "insertion"], ["epicerie-solidaire", "savoirs-partages"]],
        legal="association",
        summaries=[
            "Épicerie solidaire qui propose des produits de qualité à 10 à 30 % du prix courant aux foyers à petit budget.",
            "Une épicerie ouverte à toutes et tous, avec des tarifs adaptés aux revenus.",
            "Aide alimentaire digne et choisie : les bénéficiaires font leurs courses comme dans un magasin.",
            "Épicerie solidaire et lieu d'accueil où l'on vient aussi pour un café, un atelier cuisine ou un conseil.",
            "Épicerie solidaire {de_c} : produits frais et locaux à prix réduits, ateliers cuisine et accompagnement budgétaire.",
            "Une épicerie à double tarif où les clients solidaires aident les foyers modestes à faire leurs courses.",
            "Courses à petits prix et lieu de convivialité pour les familles et les étudiants {de_c}.",
        ],
        desc=[
            "Orientés par les travailleurs sociaux, les bénéficiaires accèdent à l'épicerie pour six mois renouvelables et financent souvent un projet grâce aux économies réalisées.",
            "Les rayons comprennent des produits frais, dont des fruits et légumes achetés à des maraîchers voisins.",
            "Depuis peu, l'épicerie applique une « double tarification » : les clients solidaires paient le prix normal, ce qui permet de baisser celui des autres.",
            "Des ateliers cuisine, budget et santé sont animés chaque semaine par des bénévoles et des partenaires.",
            "L'équipe veille à ce que personne ne se sente stigmatisé : la caisse est la même pour tous.",
        ],
    ),
    "habitat": dict(
        themes=[["habitat-participatif"], ["habitat-participatif", "eco-construction"], ["habitat-participatif", "vie-associative"]],
        legal="cooperative",
        summaries=[
            "Habitat participatif de {lg} logements avec espaces partagés : buanderie, atelier, chambre d'amis et jardin.",
            "coopérative::Groupe d'habitants qui conçoit et gère ensemble un immeuble en coopérative d'habitants.",
            "groupé|hameau::Projet d'habitat groupé intergénérationnel, pensé et financé par ses futurs habitants.",
        ],
        desc=[
            "Les futurs habitants ont conçu le bâtiment avec une architecte, de l'esquisse au choix des matériaux.",
            "coopérative|participatif::Le projet est porté par une coopérative d'habitants : chacun est locataire de son logement et copropriétaire de l'ensemble, sans spéculation possible.",
            "Une salle commune accueille repas partagés, réunions de quartier et activités ouvertes aux voisins.",
            "Le bâtiment en ossature bois et paille est très peu consommateur d'énergie.",
            "Deux logements sont réservés à des ménages aux revenus modestes, en lien avec un bailleur social.",
            "Les décisions se prennent au consentement lors d'une réunion mensuelle.",
        ],
    ),
    "habitat-asso": dict(
        themes=[["habitat-participatif", "accompagnement-creation"], ["habitat-participatif", "education-populaire"]],
        legal="association",
        summaries=[
            "Association qui accompagne les projets d'habitat participatif et groupé dans la région.",
            "Centre de ressources pour les groupes d'habitants qui veulent construire ou rénover ensemble.",
        ],
        desc=[
            "Elle organise des rencontres mensuelles où les groupes en projet partagent leurs expériences, leurs statuts et leurs plans de financement.",
            "Un guide pratique et des visites d'habitats déjà construits aident les débutants à se lancer.",
            "L'association conseille aussi les collectivités qui souhaitent réserver des terrains à ce type de projets.",
        ],
    ),
    "monnaie": dict(
        themes=[["monnaie-locale"], ["monnaie-locale", "circuit-court"], ["monnaie-locale", "finance-solidaire"]],
        legal="association",
        summaries=[
            "Monnaie locale complémentaire et citoyenne qui circule chez plus de {kc} commerçants et producteurs.",
            "Association qui fait vivre une monnaie locale pour relocaliser les échanges et soutenir l'économie de proximité.",
        ],
        desc=[
            "Un euro converti donne une unité de monnaie locale ; les euros déposés sont placés dans une banque éthique et financent des projets du territoire.",
            "Le réseau compte des boulangeries, des librairies, des fermes et même quelques artisans du bâtiment.",
            "La version numérique permet désormais de payer par téléphone, sans frais pour les commerçants.",
            "Des bureaux de change sont ouverts dans une dizaine de lieux partenaires.",
            "L'association organise chaque année un « marché de la monnaie » qui réunit prestataires et utilisateurs.",
        ],
    ),
    "tiers": dict(
        themes=[["tiers-lieu"], ["tiers-lieu", "culture"], ["tiers-lieu", "inclusion-numerique"], ["tiers-lieu", "accompagnement-creation"]],
        legal="association",
        summaries=[
            "Tiers-lieu qui réunit espace de coworking, atelier partagé, café associatif et programmation culturelle.",
            "Ancienne friche transformée en tiers lieu : fablab, bureaux partagés et cantine.",
            "Lieu hybride de rencontres, de travail et de fabrication ouvert à tous les habitants du territoire.",
            "Tiers-lieu {de_c} : coworking, fablab et café associatif dans un bâtiment réhabilité.",
            "Un tiers lieu pour travailler, fabriquer, apprendre et se retrouver, ouvert six jours sur sept.",
            "Atelier partagé, bureaux et salle de spectacle réunis dans un même lieu animé par ses usagers.",
        ],
        desc=[
            "Installé dans un ancien bâtiment industriel réhabilité, le lieu accueille une quarantaine de résidents : artisans, indépendants, associations.",
            "Ce tiers lieu mêle coworking, fablab, épicerie en vrac et salle de spectacle.",
            "Le fablab dispose d'imprimantes 3D, d'une découpeuse laser et d'un atelier bois accessibles après une courte formation.",
            "La gouvernance est partagée entre usagers, salariés et collectivités.",
            "Chaque jeudi soir, « les jeudis du lieu » proposent concert, conférence ou repas partagé.",
            "Un espace France services y tient des permanences pour les démarches administratives en ligne.",
        ],
    ),
    "scop": dict(
        themes=[["travailler"]],
        legal="scop",
        summaries=["SCOP dont les salariés sont associés majoritaires et décident ensemble des orientations de l'entreprise."],
        desc=[
            "Société coopérative de production, l'entreprise appartient majoritairement à ses salariés, qui élisent leur gérance selon le principe « une personne, une voix ».",
            "Les bénéfices sont d'abord mis en réserve pour consolider l'outil de travail, puis partagés entre tous.",
            "La reprise en coopérative a permis de maintenir l'activité et les emplois au départ en retraite du fondateur.",
            "Tout nouveau salarié peut devenir associé après un an d'ancienneté.",
            "L'écart de salaires entre le plus haut et le plus bas est limité à un rapport de un à trois.",
        ],
    ),
    "scic": dict(
        themes=[["cooperer"]],
        legal="scic",
        summaries=["Société coopérative d'intérêt collectif associant salariés, usagers et collectivités."],
        desc=[
            "Sous forme de SCIC, elle associe salariés, usagers, producteurs, bénévoles et collectivités locales à sa gouvernance.",
            "Le multisociétariat garantit que les décisions prennent en compte l'intérêt de tout le territoire.",
            "Les excédents sont en grande partie réinvestis dans le projet, comme le prévoit le statut de société coopérative d'intérêt collectif.",
            "Plus de {kc} sociétaires, dont plusieurs communes, ont pris des parts au capital.",
        ],
    ),
    "repair": dict(
        themes=[["reparation"], ["reparation", "vie-associative"], ["reparation", "savoirs-partages"]],
        legal="association",
        summaries=[
            "Repair café mensuel : on apporte son objet en panne et on le répare avec l'aide de bénévoles.",
            "Atelier de réparation participatif pour le petit électroménager, les vêtements et l'informatique.",
            "Rendez-vous convivial où l'on apprend à réparer plutôt qu'à jeter.",
            "Repair café {de_c} : réparer ensemble plutôt que jeter, un samedi par mois.",
            "Bénévoles bricoleurs et visiteurs réparent ensemble vélos, lampes, grille-pain et vêtements.",
        ],
        desc=[
            "Un samedi par mois, bricoleurs et bricoleuses bénévoles aident les visiteurs à diagnostiquer et réparer grille-pain, lampes, vélos ou ordinateurs.",
            "Le principe est simple : on ne répare pas pour vous, on répare avec vous.",
            "Environ deux objets sur trois repartent en état de marche.",
            "L'accès est libre et gratuit ; une boîte à dons permet d'acheter les pièces détachées.",
            "Un café et des gâteaux faits maison accompagnent l'attente.",
            "Les réparateurs se définissent comme des \"passeurs de gestes\" plutôt que comme des dépanneurs.",
        ],
    ),
    "jardin": dict(
        themes=[["jardin-partage"], ["jardin-partage", "education-populaire"], ["jardin-partage", "vie-associative"]],
        legal="association",
        summaries=[
            "Jardin partagé de quartier ouvert aux habitants, avec parcelles individuelles et espace collectif.",
            "Jardin collectif en permaculture, lieu d'apprentissage et de rencontre entre générations.",
            "Potager partagé au pied des immeubles, cultivé par les voisins et les écoles.",
            "Jardin partagé {de_c} : parcelles collectives, compost et rendez-vous jardinage chaque semaine.",
            "Un jardin de quartier pour cultiver ensemble, apprendre le compost et se rencontrer.",
        ],
        desc=[
            "Sur un terrain mis à disposition par la commune, une cinquantaine de jardiniers cultivent légumes, aromatiques et fleurs.",
            "Les parcelles collectives sont entretenues lors de permanences ouvertes le mercredi après-midi et le samedi matin.",
            "Un composteur de quartier et un récupérateur d'eau de pluie complètent l'installation.",
            "Les écoles voisines y viennent régulièrement pour des animations nature.",
            "Une grainothèque permet d'échanger des semences locales chaque printemps.",
        ],
    ),
    "insertion": dict(
        themes=[["insertion"], ["insertion", "jardin-partage"], ["insertion", "eco-construction"], ["insertion", "circuit-court"]],
        legal="association",
        summaries=[
            "chantier::Chantier d'insertion qui accompagne vers l'emploi des personnes qui en sont éloignées.",
            "entreprise::Entreprise d'insertion : des contrats de travail et un accompagnement socioprofessionnel personnalisé.",
            "Structure d'insertion par l'activité économique active dans l'entretien des espaces naturels.",
        ],
        desc=[
            "Les salariés en parcours sont recrutés en contrat à durée déterminée d'insertion et accompagnés vers l'emploi durable ou la formation.",
            "Chaque parcours combine mise en situation de travail, formation et levée des freins : mobilité, logement, santé.",
            "Plus de la moitié des personnes accompagnées trouvent un emploi ou une formation à la sortie.",
            "L'activité, exercée pour des clients publics et privés, finance une partie du projet social.",
            "La structure est conventionnée par l'État au titre de l'insertion par l'activité économique.",
        ],
    ),
    "cae": dict(
        themes=[["cooperative-activite", "accompagnement-creation"], ["cooperative-activite"]],
        legal="scop",
        summaries=[
            "Coopérative d'activité et d'emploi : tester et développer son activité en étant entrepreneur-salarié.",
            "CAE qui héberge des entrepreneurs de tous métiers : artisans, consultants, artistes, formateurs.",
        ],
        desc=[
            "Les porteurs de projet y testent leur activité en conservant leurs droits sociaux, puis deviennent entrepreneurs-salariés en CDI.",
            "La coopérative prend en charge la comptabilité, la facturation et les assurances, ce qui laisse chacun se concentrer sur son métier.",
            "Au bout de trois ans, les entrepreneurs peuvent devenir associés et participer aux décisions.",
            "Des formations collectives et des groupes d'échange entre pairs ont lieu chaque mois.",
        ],
    ),
    "energie": dict(
        themes=[["energie-citoyenne"], ["energie-citoyenne", "finance-solidaire"], ["energie-citoyenne", "democratie-locale"]],
        legal="scic",
        summaries=[
            "Projet citoyen de production d'énergie renouvelable financé et gouverné par les habitants.",
            "Centrales solaires citoyennes installées sur les toits publics et privés du territoire.",
            "Coopérative citoyenne qui développe des parcs solaires et éoliens à gouvernance locale.",
        ],
        desc=[
            "Plus de {kc} citoyens ont investi dans la société, aux côtés des communes et de l'intercommunalité.",
            "Les panneaux photovoltaïques posés sur des écoles, des gymnases et des hangars agricoles produisent l'équivalent de la consommation de plusieurs centaines de foyers.",
            "Chaque actionnaire dispose d'une voix, quel que soit le nombre de parts détenues.",
            "Un projet de petite hydroélectricité est à l'étude avec un moulin voisin.",
            "Des défis « familles à énergie positive » aident aussi les ménages à réduire leurs consommations.",
        ],
    ),
    "mobilite": dict(
        themes=[["mobilite-durable"], ["mobilite-durable", "reparation"], ["mobilite-durable", "insertion"]],
        legal="association",
        summaries=[
            "vélo::Atelier vélo participatif : réparer soi-même son vélo avec des outils partagés et des conseils.",
            "covoiturage|transport|mobilité::Service d'autopartage et de transport solidaire pour les habitants sans solution de mobilité.",
            "vélo::Vélo-école et location de vélos à assistance électrique à prix solidaire.",
        ],
        desc=[
            "vélo::L'atelier récupère des vélos abandonnés, les remet en état et les revend à petit prix.",
            "vélo::Les adhérents ont accès aux outils et aux conseils de mécaniciens bénévoles pendant les permanences.",
            "vélo::Une vélo-école accompagne les adultes qui n'ont jamais appris à pédaler.",
            "covoiturage|transport|mobilité::Des voitures partagées sont réservables en ligne ou par téléphone, à l'heure ou à la journée.",
            "covoiturage|transport|mobilité::Le transport solidaire permet aux personnes âgées de se rendre à leurs rendez-vous médicaux.",
            "covoiturage|transport|mobilité::Des chauffeurs bénévoles assurent les trajets vers l'emploi, la formation ou les commerces.",
            "covoiturage|transport|mobilité::Une plateforme téléphonique met en relation conducteurs et passagers du territoire.",
        ],
    ),
    "finance": dict(
        themes=[["cigales", "finance-solidaire"], ["finance-solidaire"], ["finance-solidaire", "accompagnement-creation"]],
        legal="association",
        summaries=[
            "cigales::Club d'investisseurs qui mettent en commun leur épargne pour financer des entreprises locales.",
            "fonds::Fonds territorial qui apporte garanties et prêts d'honneur aux projets de l'économie sociale et solidaire.",
            "cigales::Épargnants solidaires qui entrent au capital de petites entreprises du territoire.",
        ],
        desc=[
            "cigales::Une douzaine de membres épargnent chaque mois une petite somme et décident ensemble des entreprises à soutenir.",
            "cigales::Le club entre au capital de projets locaux et les accompagne pendant cinq ans.",
            "fonds::Les prêts d'honneur, sans intérêt ni garantie personnelle, facilitent l'obtention d'un prêt bancaire.",
            "fonds::Le fonds garantit aussi les prêts bancaires des structures d'insertion et des coopératives.",
            "fonds::Son comité d'engagement réunit banquiers, élus et entrepreneurs de l'économie sociale et solidaire.",
            "Les projets soutenus vont de la boulangerie bio à la librairie de village en passant par l'atelier de réparation.",
            "cigales::Les décisions d'investissement sont prises au consensus après la rencontre des porteurs de projet.",
        ],
    ),
    "microcredit": dict(
        themes=[["microcredit"], ["microcredit", "accompagnement-creation"], ["microcredit", "insertion"]],
        legal="association",
        summaries=[
            "Association de microcrédit accompagné pour les personnes exclues du crédit bancaire.",
            "Microcrédit personnel et professionnel pour financer un véhicule, une formation ou la création d'une activité.",
        ],
        desc=[
            "Le microcrédit personnel permet de financer un permis de conduire, un véhicule ou une formation.",
            "Des bénévoles issus de la banque et de l'entreprise suivent chaque emprunteur jusqu'au remboursement.",
            "Les prêts, de quelques centaines à quelques milliers d'euros, sont accordés après un entretien approfondi.",
            "Le taux de remboursement dépasse 90 %, grâce à un accompagnement de proximité.",
        ],
    ),
    "sante": dict(
        themes=[["sante-communautaire"], ["sante-communautaire", "democratie-locale"], ["sante-communautaire", "handicap"]],
        legal="association",
        summaries=[
            "centre::Centre de santé communautaire : médecins, infirmières et médiatrices en santé au service du quartier.",
            "Association de promotion de la santé par et pour les habitants.",
            "maison::Maison de santé participative où les patients sont associés au projet de soins du quartier.",
        ],
        desc=[
            "centre|maison::L'équipe pluriprofessionnelle est salariée, ce qui permet des consultations sans dépassement d'honoraires et un temps d'écoute plus long.",
            "Des médiatrices accompagnent les habitants dans l'accès aux droits et aux soins.",
            "Les habitants siègent au conseil d'administration et participent au choix des actions de prévention.",
            "Ateliers nutrition, groupes de parole et marches santé complètent l'offre de soins.",
        ],
    ),
    "domicile": dict(
        themes=[["aide-a-domicile"], ["aide-a-domicile", "handicap"]],
        legal="association",
        summaries=[
            "Services d'aide et d'accompagnement à domicile pour les personnes âgées ou en situation de handicap.",
            "Aide à domicile, portage de repas et petits travaux pour favoriser le maintien à domicile.",
        ],
        desc=[
            "Les aides à domicile interviennent pour les courses, les repas, l'entretien du logement et l'aide à la toilette.",
            "Un service de portage de repas fonctionne sept jours sur sept.",
            "Les salariées bénéficient de formations régulières et de temps d'échange de pratiques.",
            "La structure intervient dans une trentaine de communes, y compris les plus isolées.",
        ],
    ),
    "handicap": dict(
        themes=[["entreprise-adaptee", "handicap"], ["handicap"], ["handicap", "sport-loisirs"]],
        legal="association",
        summaries=[
            "adapt|ateliers::Entreprise adaptée employant majoritairement des travailleurs en situation de handicap.",
            "Association qui favorise l'inclusion des personnes en situation de handicap dans la vie de la cité.",
        ],
        desc=[
            "^(?!.*couteliers).*(adapt|ateliers)::L'entreprise exerce des activités d'espaces verts, de blanchisserie et de conditionnement pour des clients locaux.",
            "adapt|ateliers|couteliers::Chaque salarié bénéficie d'un accompagnement adapté et d'un projet professionnel individualisé.",
            "Des activités sportives et culturelles adaptées sont proposées chaque semaine.",
            "La structure sensibilise aussi les entreprises et les écoles au handicap.",
        ],
    ),
    "numerique": dict(
        themes=[["inclusion-numerique"], ["inclusion-numerique", "savoirs-partages"], ["inclusion-numerique", "reparation"]],
        legal="association",
        summaries=[
            "Espace public numérique : ateliers d'initiation, aide aux démarches en ligne et ordinateurs reconditionnés.",
            "Association de médiation numérique qui accompagne les personnes éloignées du numérique.",
        ],
        desc=[
            "Des conseillers numériques aident à créer une adresse électronique, à déclarer ses revenus ou à prendre rendez-vous en ligne.",
            "Les ordinateurs donnés par des entreprises sont reconditionnés et revendus à prix solidaire avec des logiciels libres.",
            "Des ateliers collectifs, du débutant au confirmé, ont lieu tous les jours de la semaine.",
            "Une permanence itinérante se déplace dans les villages du territoire.",
        ],
    ),
    "educpop": dict(
        themes=[["education-populaire"], ["savoirs-partages"], ["education-populaire", "vie-associative"], ["savoirs-partages", "culture"]],
        legal="association",
        summaries=[
            "échanges|savoirs::Réseau d'échanges réciproques de savoirs : chacun peut apprendre et transmettre.",
            "université::Association d'éducation populaire qui anime débats, ateliers et université populaire.",
        ],
        desc=[
            "échanges|savoirs::Cours de langue, couture, informatique ou cuisine : les savoirs circulent gratuitement entre les membres.",
            "L'association organise des conférences gesticulées et des cafés-débats sur les questions de société.",
            "université::Une université populaire propose chaque trimestre un cycle de rencontres ouvertes à tous.",
            "Les animateurs interviennent aussi dans les centres sociaux et les établissements scolaires.",
        ],
    ),
    "formation": dict(
        themes=[["formation-professionnelle"], ["formation-professionnelle", "insertion"], ["formation-professionnelle", "eco-construction"]],
        legal="association",
        summaries=[
            "bâti|paille|école::Organisme de formation aux métiers de l'écoconstruction et de la rénovation énergétique.",
            "Centre de formation pour les demandeurs d'emploi et les salariés en reconversion.",
        ],
        desc=[
            "Les formations alternent théorie et chantiers écoles sur des bâtiments réels.",
            "Les stagiaires obtiennent des certifications reconnues par les branches professionnelles.",
            "Un accompagnement individualisé aide à lever les freins à l'entrée en formation.",
            "Les formateurs sont eux-mêmes des professionnels en activité.",
        ],
    ),
    "culture": dict(
        themes=[["culture"], ["culture", "education-populaire"], ["culture", "tiers-lieu"]],
        legal="association",
        summaries=[
            "théâtre|compagnie|tréteaux::Compagnie et lieu culturel qui fait venir le spectacle vivant au plus près des habitants.",
            "ciné::Cinéma associatif qui programme films d'auteur et documentaires, en salle et en itinérance.",
            "atelier|galerie::Atelier d'artistes et galerie gérés collectivement.",
            "festival::Festival associatif de musiques et d'arts de la rue, organisé par des bénévoles.",
        ],
        desc=[
            "théâtre|compagnie|tréteaux|festival::La programmation, élaborée avec un comité d'habitants, mêle théâtre, musique et arts de la rue.",
            "Les tarifs sont libres ou modulés pour que chacun puisse venir.",
            "Des résidences d'artistes donnent lieu à des ateliers avec les écoles et les maisons de retraite.",
            "théâtre|compagnie|tréteaux|festival::Le festival d'été, entièrement bénévole, réunit plusieurs milliers de spectateurs.",
        ],
    ),
    "tourisme": dict(
        themes=[["tourisme-solidaire"], ["tourisme-solidaire", "sport-loisirs"], ["tourisme-solidaire", "culture"]],
        legal="association",
        summaries=[
            "gîte|refuge::Gîte associatif et centre de vacances accessible à toutes les bourses.",
            "séjours|accueil::Séjours de tourisme solidaire à la découverte des paysans et artisans du territoire.",
        ],
        desc=[
            "Les séjours sont tarifés selon le quotient familial ; une partie des places est réservée aux familles qui ne partent jamais en vacances.",
            "Randonnées, découverte de fermes et veillées contées rythment les séjours.",
            "gîte|refuge::Le gîte a été rénové en chantier participatif avec des matériaux biosourcés.",
            "Les guides sont des habitants qui font découvrir leur pays « de l'intérieur ».",
        ],
    ),
    "sport": dict(
        themes=[["sport-loisirs"], ["sport-loisirs", "handicap"], ["sport-loisirs", "education-populaire"]],
        legal="association",
        summaries=[
            "club|rugby|voile|escalade::Club sportif associatif qui rend le sport accessible à tous, quel que soit le budget.",
            "Association de loisirs de plein air ouverte aux familles et aux jeunes du quartier.",
        ],
        desc=[
            "Les cotisations sont calculées selon les revenus et le matériel est prêté aux débutants.",
            "Des créneaux sont ouverts aux personnes en situation de handicap et aux seniors.",
            "club|rugby::Le club forme ses jeunes à l'arbitrage et à l'encadrement bénévole.",
        ],
    ),
    "medias": dict(
        themes=[["medias-citoyens"], ["medias-citoyens", "culture"], ["medias-citoyens", "democratie-locale"]],
        legal="association",
        summaries=[
            "radio::Radio associative locale qui donne la parole aux habitants et aux associations.",
            "journal::Journal participatif et indépendant consacré à l'actualité du territoire.",
        ],
        desc=[
            "radio::Une centaine de bénévoles animent les émissions, formés à la prise de son et au montage.",
            "journal::La rédaction, ouverte à tous, se réunit chaque lundi en conférence de rédaction publique.",
            "radio::La station émet jour et nuit sur la bande FM et en ligne, avec une grille faite à 80 % de productions locales.",
            "radio::Chaque association du territoire peut obtenir un créneau pour présenter ses actions.",
            "Des ateliers d'éducation aux médias sont proposés aux collèges et aux lycées.",
        ],
    ),
    "solint": dict(
        themes=[["solidarite-internationale"], ["commerce-equitable", "solidarite-internationale"], ["commerce-equitable"]],
        legal="association",
        summaries=[
            "boutique|comptoir::Boutique de commerce équitable tenue par des bénévoles.",
            "Association de solidarité internationale qui soutient des projets agricoles et éducatifs.",
        ],
        desc=[
            "boutique|comptoir::La boutique vend café, thé, chocolat et artisanat issus de filières équitables, mais aussi des produits équitables français.",
            "Des jumelages avec des coopératives partenaires permettent des échanges réguliers.",
            "L'association intervient dans les écoles pour sensibiliser aux enjeux du commerce mondial.",
        ],
    ),
    "restau": dict(
        themes=[["restauration-solidaire"], ["restauration-solidaire", "insertion"], ["restauration-solidaire", "circuit-court"]],
        legal="association",
        summaries=[
            "restaurant|crêperie::Restaurant solidaire qui sert des repas de saison à prix libre ou modulé.",
            "cantine::Cantine de quartier et traiteur d'insertion cuisinant des produits locaux.",
        ],
        desc=[
            "Le midi, un menu unique est servi, à base de produits locaux et avec trois niveaux de prix.",
            "Le système du « repas suspendu » permet d'offrir un repas à une personne qui ne peut pas le payer.",
            "La cuisine forme des personnes en insertion aux métiers de la restauration.",
            "Le soir, la salle accueille les réunions des associations du quartier.",
        ],
    ),
    "logement": dict(
        themes=[["logement-insertion"], ["logement-insertion", "insertion"], ["logement-insertion", "sante-communautaire"]],
        legal="association",
        summaries=[
            "Association qui propose des logements temporaires et un accompagnement vers un logement durable.",
            "relais|pension::Maison relais et pension de famille pour des personnes en situation d'isolement.",
        ],
        desc=[
            "Les logements, meublés, sont proposés pour des durées de six à dix-huit mois.",
            "Un travailleur social accompagne chaque résident dans ses démarches : ouverture de droits, budget, recherche de logement.",
            "L'association capte des logements vacants auprès de propriétaires privés grâce à l'intermédiation locative.",
            "Des espaces collectifs favorisent l'entraide et la convivialité entre résidents.",
        ],
    ),
    "ecocon": dict(
        themes=[["eco-construction"], ["eco-construction", "formation-professionnelle"], ["eco-construction", "savoirs-partages"]],
        legal="association",
        summaries=[
            "Association qui promeut l'écoconstruction et l'autorénovation accompagnée.",
            "Chantiers participatifs et conseils pour rénover avec des matériaux biosourcés.",
        ],
        desc=[
            "Des chantiers participatifs permettent d'apprendre les enduits terre, l'isolation en paille ou la pose de chaux.",
            "Un conseiller accompagne les propriétaires dans leurs projets de rénovation.",
            "La matériauthèque prête outils et échantillons de matériaux biosourcés.",
        ],
    ),
    "ptce": dict(
        themes=[["pole-territorial"], ["pole-territorial", "accompagnement-creation"]],
        legal="association",
        summaries=["Pôle territorial de coopération économique qui fédère entreprises de l'ESS, PME et collectivités."],
        desc=[
            "Le pôle mutualise des locaux, des outils et des compétences entre ses membres.",
            "Il accompagne l'émergence de nouvelles activités répondant aux besoins du territoire.",
            "Ses membres ont créé ensemble une légumerie, une plateforme de réemploi et un service de mobilité.",
        ],
    ),
    "groupement": dict(
        themes=[["groupement-employeurs"], ["groupement-employeurs", "travailler"]],
        legal="association",
        summaries=["Groupement d'employeurs qui partage des salariés entre plusieurs associations et entreprises."],
        desc=[
            "Les salariés du groupement bénéficient d'un CDI à temps plein partagé entre plusieurs structures.",
            "Comptabilité, communication et ressources humaines font partie des métiers mutualisés.",
            "Le groupement permet aux petites associations d'accéder à des compétences qu'elles ne pourraient pas financer seules.",
        ],
    ),
    "vieasso": dict(
        themes=[["vie-associative"], ["democratie-locale"], ["democratie-locale", "vie-associative"]],
        legal="association",
        summaries=[
            "maison::Maison des associations qui accompagne les bénévoles et les petites associations.",
            "conseil|collectif::Collectif d'habitants qui anime la concertation et les budgets participatifs.",
        ],
        desc=[
            "maison::L'équipe propose un accompagnement à la création d'associations, des formations et du prêt de matériel.",
            "maison::Un annuaire des associations et un forum annuel facilitent l'engagement bénévole.",
            "conseil|collectif::Le collectif organise des assemblées de quartier ouvertes où chacun peut proposer des projets.",
            "conseil|collectif::Des outils d'intelligence collective sont expérimentés avec la municipalité.",
        ],
    ),
    "incub": dict(
        themes=[["accompagnement-creation"], ["accompagnement-creation", "finance-solidaire"]],
        legal="association",
        summaries=["Incubateur de projets d'économie sociale et solidaire."],
        desc=[
            "Pendant dix-huit mois, les porteurs de projet bénéficient d'un suivi individuel, de formations collectives et d'un réseau de mentors.",
            "Les projets accompagnés répondent à des besoins sociaux ou environnementaux du territoire.",
            "Une promotion d'une dizaine de projets est sélectionnée chaque automne.",
        ],
    ),
}

# Closing sentences that suit any kind of initiative.
CLOSINGS = [
    "Les bénévoles sont toujours les bienvenus, même pour quelques heures par mois.",
    "L'adhésion annuelle est à prix libre.",
    "Le lieu est accessible aux personnes à mobilité réduite.",
    "Le projet est soutenu par la commune, le département et plusieurs fondations.",
    "Ouvert du mardi au samedi ; fermé trois semaines en août.",
    "Pour en savoir plus, le plus simple est de passer lors d'une permanence.",
    "Membre du réseau {net} depuis {year}.",
    "La structure emploie {ks} salariés et s'appuie sur une quarantaine de bénévoles.",
    "Son rapport d'activité annuel est consultable sur place.",
    "Une assemblée générale ouverte à tous se tient chaque printemps.",
    "Créée en {year}, elle a fêté récemment son anniversaire avec les habitants.",
    "Les horaires changent pendant les vacances scolaires : mieux vaut se renseigner avant de venir.",
]
