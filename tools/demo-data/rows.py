"""Hand-written list of the demo initiatives, per network.

One line per initiative: kind ~ name ~ commune[@postcode] [~ themes ~ legal status ~ summary].
The optional fields override the defaults of the kind (see archetypes.py). All names are fictional.
"""

NETWORKS = [
    ("APEAS", "APEAS – Agence provençale pour une économie alternative et solidaire (démo)", "https://apeas.example", "93"),
    ("ADEPES", "ADEPES – Association pour le développement de l'économie sociale et solidaire en Occitanie (démo)", "https://adepes.example", "76"),
    ("ARDES", "ARDES – Association régionale pour le développement de l'économie solidaire en Normandie (démo)", "https://ardes.example", "28"),
    ("CRESOL", "CRESOL – Collectif régional de l'économie solidaire en Centre-Val de Loire (démo)", "https://cresol.example", "24"),
    ("ESS-ATLANTIQUE", "ESS Atlantique – réseau des initiatives solidaires de Bretagne et de Nouvelle-Aquitaine (démo)", "https://ess-atlantique.example", "53 75"),
    ("ESS-AURA", "ESS AURA – réseau des initiatives solidaires d'Auvergne-Rhône-Alpes (démo)", "https://ess-aura.example", "84"),
    ("RESES-HDF", "RESES Hauts-de-France – réseau de l'économie solidaire du Nord (démo)", "https://reses-hdf.example", "32"),
]

ROWS = {
"APEAS": """
ressourcerie~Ressourcerie du Pays d'Aix~Aix-en-Provence
recyclerie~Recyclerie La Glaneuse~Marseille@13003
ressourcerie~Ressourcerie des Calanques~Marseille@13008
recyclerie~Recyclerie Récup'Alpilles~Saint-Rémy-de-Provence
amap~AMAP des Jardins de la Durance~Pertuis
amap~AMAP du Panier~Marseille@13002
amap~AMAP Lou Païsan~Forcalquier
amap~AMAP de la Plaine~Marseille@13005
amap~AMAP du Pays de Tarascon~Tarascon
epicerie~Épicerie solidaire La Courte Échelle~Marseille@13013
epicerie~Épicerie solidaire Le Grenier d'Arles~Arles
epicerie~Épicerie sociale et solidaire Le Panier vençois~Vence
epicerie~Épicerie solidaire Le Chaland~La Ciotat
habitat~Habitat participatif Les Micocouliers~Aix-en-Provence
habitat~Coopérative d'habitants Le Mas Partagé~Cucuron~habitat-participatif|eco-construction
habitat-asso~Habiter Autrement en Provence~Avignon
monnaie~Monnaie locale Le Mistral~Avignon
tiers~Tiers-lieu La Fabrique Commune~Marseille@13014
tiers~La Friche du Moulin~Manosque
tiers~La Bergerie numérique~Banon~tiers-lieu|inclusion-numerique
tiers~Le Hangar à Bateaux~Hyères~tiers-lieu|culture
scop~Menuiserie coopérative Bois & Cie~Gardanne~eco-construction|travailler~scop~Menuiserie et agencement en bois local, fabriqués par une coopérative de production de douze salariés-associés.
scop~Imprimerie Le Typographe~Avignon~travailler|medias-citoyens~scop~Imprimerie en SCOP qui travaille avec des papiers recyclés et des encres végétales.
scic~SCIC La Cantine des Collines~Marseille@13016~restauration-solidaire|circuit-court~scic~Cuisine centrale coopérative qui prépare des repas bio et locaux pour les crèches et les écoles.
cae~Coopérative d'activité et d'emploi Solid'Actifs Sud~Marseille@13001
cae~CAE Les Ateliers du Luberon~Apt~cooperative-activite|accompagnement-creation~scic
repair~Repair café de la Belle de Mai~Marseille@13003
repair~Repair café toulonnais~Toulon
jardin~Jardin partagé des Chartreux~Marseille@13004
jardin~Jardin partagé Les Restanques~Grasse
jardin~Jardin de la Solidarité~Mouans-Sartoux~jardin-partage|restauration-solidaire
insertion~Chantier d'insertion Terres de Crau~Salon-de-Provence~insertion|jardin-partage
insertion~Côte Bleue Services~Martigues~insertion~esus~Entreprise d'insertion de nettoyage et d'entretien d'espaces verts sur le pourtour de l'étang de Berre.
energie~Soleil du Luberon~Apt
mobilite~Atelier vélo La Chambre à Air~Marseille@13006
mobilite~Covoiturage solidaire du Haut-Var~Barjols
finance~Club CIGALES Sainte-Victoire~Aix-en-Provence~cigales|finance-solidaire
microcredit~Microcrédit solidaire Var Est~Draguignan
sante~Centre de santé communautaire Les Olivettes~Marseille@13015
domicile~Aide à domicile Alpes du Sud~Gap
handicap~Entreprise adaptée Les Ateliers du Verdon~Digne-les-Bains~entreprise-adaptee|handicap~esus
numerique~Espace numérique solidaire du Comtat~Carpentras
educpop~Université populaire du Pays d'Arles~Arles
formation~Centre de formation Bâtir en paille~Correns~formation-professionnelle|eco-construction
culture~Théâtre de la Rue Haute~Sisteron
culture~Ciné-club itinérant Les Lucioles~Embrun
tourisme~Gîte solidaire Le Refuge des Écrins~Briançon
tourisme~Séjours solidaires de la Haute-Vallée~Puy-Saint-André~tourisme-solidaire|sport-loisirs
sport~Voile populaire de la Rade~La Seyne-sur-Mer
medias~Radio Garrigue FM~Cavaillon
solint~Le Comptoir des Peuples~Nice@06300~commerce-equitable|solidarite-internationale
restau~Restaurant solidaire La Table du Cours~Aubagne
restau~Cantine solidaire Le Lavoir~Lourmarin~restauration-solidaire|circuit-court
logement~Maison relais Le Phare~Toulon
ecocon~Terre et Chaux du Var~Brignoles
ptce~Pôle territorial de coopération Ouest Provence~Istres
groupement~Groupement d'employeurs Assos Azur~Cannes
vieasso~Conseil citoyen de Nice-Est~Nice@06300~democratie-locale
incub~Incubateur Provence Impact~Marseille@13002
habitat~Habitat groupé Les Oliviers~Fréjus~habitat-participatif~association
sante~Santé partagée du Mentonnais~Menton~sante-communautaire
""",
"ADEPES": """
ressourcerie~Ressourcerie de la Garonne~Toulouse@31200
recyclerie~Recyclerie du Pays castrais~Castres
ressourcerie~Ressourcerie Cévenole~Le Vigan
recyclerie~La Recyclerie des Corbières~Lagrasse
ressourcerie~Ressourcerie de la Narbonnaise~Narbonne
amap~AMAP des Minimes~Toulouse@31200
amap~AMAP de Saint-Cyprien~Toulouse@31300
amap~AMAP du Lodévois~Lodève
amap~AMAP des Beaux-Arts~Montpellier@34000
amap~AMAP de la Vallée du Lot~Cahors
circuit~Paysans du Gers associés~Auch~circuit-court~cooperative~Magasin coopératif de producteurs gersois : volailles, légumes, farines et vins en vente directe.
circuit~Le Panier du Causse~Millau~circuit-court|amap~association~Paniers paysans composés par cinq fermes du Larzac et retirés chaque vendredi à Millau.
epicerie~Épicerie solidaire Le Bon Grain~Toulouse@31400
epicerie~Épicerie solidaire La Pause Gourmande~Béziers
epicerie~Épicerie solidaire L'Olivette~Nîmes
epicerie~Épicerie solidaire du Bassin alésien~Alès
habitat~Habitat participatif La Ruche des Carmes~Toulouse@31400
habitat~Hameau coopératif des Cévennes~Saint-Jean-du-Gard~habitat-participatif|eco-construction
habitat-asso~Habitat Groupé Occitanie~Montpellier@34090
monnaie~Monnaie locale La Garonnette~Toulouse@31000
monnaie~Monnaie locale L'Oc Vivant~Montpellier@34000~monnaie-locale|circuit-court
tiers~Tiers-lieu La Manufacture des Tilleuls~Figeac
tiers~Le Quai des Utopies~Sète~tiers-lieu|culture
tiers~La Grange Commune~Marciac~tiers-lieu|culture
scop~SCOP Les Charpentiers du Rouergue~Villefranche-de-Rouergue~eco-construction|travailler~scop~Charpente et ossature bois en coopérative de production, avec du douglas et du châtaignier locaux.
scop~Bureau d'études Thermique & Territoires~Ramonville-Saint-Agne~energie-citoyenne|travailler~scop~Bureau d'études en SCOP spécialisé dans la rénovation énergétique des bâtiments publics.
scop~Librairie coopérative La Grande Ourse~Albi~culture|travailler~scop~Librairie indépendante reprise par ses libraires sous forme de SCOP.
scic~SCIC Cévennes Bois Énergie~Anduze~energie-citoyenne|cooperer~scic~Filière locale de bois-énergie qui fournit des plaquettes forestières aux chaufferies des villages.
cae~Coopérative d'activité Pas à Pas Occitanie~Toulouse@31500
cae~CAE Terres d'Entreprendre~Perpignan
repair~Repair café des Arceaux~Montpellier@34000
repair~Repair café de Gaillac~Gaillac
jardin~Jardin partagé du Busca~Toulouse@31400
jardin~Jardin des Rives de l'Ariège~Pamiers
insertion~Chantier d'insertion Les Jardins de la Têt~Prades~insertion|jardin-partage
insertion~Entreprise d'insertion Pyrénées Bâtiment Solidaire~Tarbes~insertion|eco-construction~esus
energie~Énergies citoyennes du Ségala~Rodez
energie~Soleil Catalan citoyen~Céret
mobilite~Atelier vélo Le Pignon Fixe~Toulouse@31000
mobilite~Mobilité solidaire du Couserans~Saint-Girons~mobilite-durable|insertion
finance~Club CIGALES de la Gimone~Beaumont-de-Lomagne~cigales|finance-solidaire
finance~Fonds solidaire Pyrénées-Méditerranée~Perpignan~finance-solidaire|accompagnement-creation
microcredit~Microcrédit accompagné du Tarn~Albi
sante~Maison de santé participative des Cèdres~Nîmes
domicile~Aide à domicile du Pays de Foix~Foix
handicap~Les Ateliers Partagés de Montauban~Montauban~entreprise-adaptee|handicap~esus
numerique~Clic Solidaire~Colomiers
educpop~Réseau d'échanges de savoirs de Blagnac~Blagnac
formation~École des métiers du bâti ancien~Carcassonne~formation-professionnelle|eco-construction
culture~Théâtre ambulant Le Chariot~Saint-Affrique
tourisme~Gîte d'étape solidaire de la Haute-Vallée~Quillan
sport~Rugby populaire de Muret~Muret~sport-loisirs|education-populaire
medias~Radio Vallée de l'Hérault~Ganges
solint~Boutique équitable Le Colibri~Montauban~commerce-equitable
restau~Restaurant solidaire La Marmite du Capitole~Toulouse@31000
logement~Pension de famille Les Hirondelles~Béziers
ecocon~Terre Crue Lomagne~Lectoure
groupement~Groupement d'employeurs Culture en Partage~Montpellier@34070
vieasso~Maison des associations du Couserans~Saint-Girons
incub~Incubateur Occitanie Solidaire~Montpellier@34090~accompagnement-creation|finance-solidaire
sante~Mutuelle solidaire des Pays d'Oc~Carcassonne~sante-communautaire|finance-solidaire~mutuelle~Mutuelle de santé à but non lucratif, gouvernée par ses adhérents, qui finance aussi des actions de prévention.
""",
"ARDES": """
ressourcerie~Ressourcerie de la Rive Gauche~Rouen@76100
recyclerie~Recyclerie du Pays d'Auge~Lisieux
ressourcerie~Ressourcerie Océane~Le Havre
recyclerie~Recyclerie du Bocage~Flers
ressourcerie~Ressourcerie du Cotentin~Cherbourg-en-Cotentin
amap~AMAP du Jardin des Plantes~Caen
amap~AMAP de la Côte de Nacre~Hérouville-Saint-Clair
amap~AMAP des Coteaux de l'Eure~Vernon
amap~AMAP du Perche ornais~Mortagne-au-Perche
circuit~Le Drive des Fermes du Bessin~Bayeux~circuit-court~association~Paniers paysans du Bessin commandés en ligne et retirés chaque vendredi à Bayeux.
epicerie~Épicerie solidaire La Charrette~Rouen@76000
epicerie~Épicerie solidaire Les Docks~Le Havre
epicerie~Épicerie solidaire du Lieuvin~Bernay
epicerie~Épicerie solidaire La Passerelle caennaise~Caen
habitat~Habitat participatif Les Pommiers~Caen
habitat~Coopérative d'habitants du Clos Normand~Louviers~habitat-participatif|eco-construction
monnaie~Monnaie locale Le Pommeau~Rouen@76000
tiers~Tiers-lieu Le Chai du Port~Dieppe
tiers~La Filature Commune~Elbeuf~tiers-lieu|accompagnement-creation
tiers~Le Pressoir numérique~Vimoutiers~tiers-lieu|inclusion-numerique
scop~SCOP Les Tonneliers de Fécamp~Fécamp~travailler|circuit-court~scop~Coopérative de production qui fabrique et répare des fûts en chêne normand pour les cidreries et distilleries.
scop~Bâti Normand Coopératif~Saint-Lô~eco-construction|travailler~scop~Entreprise de rénovation du bâti ancien en colombage et torchis, organisée en SCOP.
scic~SCIC Énergies du Bocage normand~Mortain-Bocage~energie-citoyenne|cooperer~scic~Coopérative citoyenne qui installe des chaufferies bois et des toitures solaires dans le sud Manche.
cae~Coopérative d'activité et d'emploi Osons Normandie~Caen
repair~Repair café de Coutances~Coutances
repair~Repair café du Havre Sud~Le Havre
jardin~Jardin partagé de la Grâce de Dieu~Caen~jardin-partage|vie-associative
jardin~Jardins solidaires de Sotteville~Sotteville-lès-Rouen~jardin-partage|insertion
insertion~Chantier d'insertion du Marais~Valognes~insertion|jardin-partage
insertion~Entreprise d'insertion Granit Services~Granville~insertion~esus
energie~Éoliennes citoyennes du Pays de Caux~Yvetot
mobilite~Atelier vélo Dérailleur~Rouen@76000
mobilite~Transport solidaire du Pays d'Argentan~Argentan
finance~Club CIGALES de la Suisse normande~Falaise~cigales|finance-solidaire
microcredit~Microcrédit solidaire de l'Eure~Évreux
sante~Santé en quartiers, Hauts de Rouen~Rouen@76000~sante-communautaire|democratie-locale
domicile~Aide à domicile du Bocage virois~Vire Normandie
handicap~Entreprise adaptée Les Mains Vertes~Alençon~entreprise-adaptee|handicap~esus
numerique~Les Passeurs numériques~Saint-Lô
educpop~Université populaire de la Manche~Avranches
culture~Cinéma associatif L'Étoile des Quais~Honfleur
medias~Radio associative Ondes Normandes~Évreux
restau~La Cantine des Quais~Rouen@76100~restauration-solidaire|insertion
logement~Maison relais Le Goéland~Dieppe
ptce~Pôle de coopération du Val de Seine~Elbeuf
vieasso~Maison des associations de Saint-Valery-en-Caux~Saint-Valery-en-Caux
""",
"CRESOL": """
ressourcerie~Ressourcerie de l'Orléanais~Fleury-les-Aubrais
recyclerie~Recyclerie Le Grenier berrichon~Bourges
ressourcerie~Ressourcerie du Pays de Chinon~Chinon
recyclerie~Recyclerie de la Vallée du Cher~Montrichard Val de Cher
ressourcerie~Ressourcerie du Drouais~Dreux
amap~AMAP des Halles de Tours~Tours
amap~AMAP du Val de Loire orléanais~Saint-Jean-de-Braye
amap~AMAP de la Beauce chartraine~Chartres
amap~AMAP du Boischaut~La Châtre
amap~AMAP des Bords du Cher~Bléré
circuit~Fermes du Giennois en direct~Gien~circuit-court|pole-territorial~cooperative~Plateforme coopérative qui livre les cantines du Giennois en légumes, laitages et viande locale.
epicerie~Épicerie solidaire La Source~Orléans
epicerie~Épicerie solidaire Le Petit Marché~Blois
epicerie~Épicerie solidaire du Montargois~Montargis
epicerie~Épicerie solidaire Les Cordeliers~Châteauroux
habitat~Habitat participatif Les Bords de Loire~Tours
habitat~Éco-hameau de la Sologne~Romorantin-Lanthenay~habitat-participatif|eco-construction~association
monnaie~Monnaie locale Le Ligérien~Tours~monnaie-locale|finance-solidaire
tiers~Tiers-lieu La Quincaillerie~Vierzon
tiers~Le Moulin des Idées~Loches~tiers-lieu|culture
tiers~La Grange numérique~Aubigny-sur-Nère~tiers-lieu|inclusion-numerique
scop~SCOP Imprimerie du Val~Joué-lès-Tours~travailler~scop~Imprimerie en coopérative de production, labellisée pour la gestion durable des papiers.
scop~Les Couvreurs Associés~Vendôme~eco-construction|travailler~scop~Entreprise de couverture et de zinguerie détenue par ses salariés.
scic~SCIC Bois Bocage Énergie~Le Blanc~energie-citoyenne|cooperer~scic~Filière bois bocager pour les chaufferies collectives de la Brenne.
cae~Coopérative d'activité Entreprendre Ensemble Val de Loire~Orléans
repair~Repair café de Vierzon~Vierzon
repair~Repair café de l'Argonne~Orléans
jardin~Jardin partagé des Rives du Cher~Tours~jardin-partage|education-populaire
jardin~Jardin partagé de la Madeleine~Chartres
insertion~Chantier d'insertion Les Jardins de la Théols~Issoudun~insertion|jardin-partage
insertion~Entreprise d'insertion Propre et Net~Châteaudun~insertion~esus
energie~Énergie citoyenne du Pithiverais~Pithiviers
mobilite~Atelier vélo Le Rayon orléanais~Orléans
mobilite~Mobilité solidaire du Berry~Saint-Amand-Montrond~mobilite-durable|insertion
finance~Club CIGALES du Loir~Vendôme~cigales|finance-solidaire
microcredit~Microcrédit solidaire du Cher~Bourges
sante~Centre de santé communautaire de la Rabière~Joué-lès-Tours
domicile~Aide à domicile du Sancerrois~Sancerre
handicap~Les Ateliers adaptés de Beauce~Chartres~entreprise-adaptee|handicap~esus
numerique~Espace numérique Les Clés du Clic~Dreux
educpop~Réseau d'échanges de savoirs de Blois~Blois
culture~Compagnie Les Tréteaux de Sologne~Romorantin-Lanthenay
tourisme~Gîte solidaire des Bords de Loire~Sully-sur-Loire
logement~Logement accompagné du Berry~Châteauroux
sante~Mutuelle de prévention du Berry~Vierzon~sante-communautaire~mutuelle~Mutuelle qui organise des ateliers santé et des dépistages itinérants dans les communes rurales.
""",
"ESS-ATLANTIQUE": """
ressourcerie~Ressourcerie de la Vilaine~Rennes@35200
recyclerie~Recyclerie du Léon~Landerneau
ressourcerie~Ressourcerie du Trégor~Lannion
amap~AMAP de Villejean~Rennes@35000
amap~AMAP du Pays de Morlaix~Morlaix
amap~AMAP des Abers~Plouguerneau
amap~AMAP du Pays d'Auray~Auray
epicerie~Épicerie solidaire Le Goéland~Brest
epicerie~Épicerie solidaire La Marée~Lorient
epicerie~Épicerie solidaire Ty Stal~Quimper
habitat~Habitat participatif Les Hortensias~Rennes@35700
habitat~Coopérative d'habitants Ar Maner~Douarnenez~habitat-participatif|eco-construction
monnaie~Monnaie locale L'Hermine d'or~Rennes@35000
tiers~Tiers-lieu Le Bois Fleuri~Trémargat~tiers-lieu|culture
tiers~Le Fourneau des Idées~Carhaix-Plouguer
tiers~Tiers-lieu Kerlann~Crozon~tiers-lieu|inclusion-numerique
scop~SCOP Les Conserveries du Port~Concarneau~circuit-court|travailler~scop~Conserverie artisanale de poissons reprise par ses salariés en coopérative de production.
scic~SCIC Vents du Mené~Le Mené~energie-citoyenne|cooperer~scic~Coopérative qui porte des projets éoliens et une unité de méthanisation avec les agriculteurs et les habitants.
cae~Coopérative d'activité et d'emploi Coop'Armor~Saint-Brieuc
repair~Repair café de Saint-Malo~Saint-Malo
repair~Repair café du Pays de Guingamp~Guingamp
jardin~Jardin partagé du Blosne~Rennes@35200
insertion~Chantier d'insertion Terre et Mer~Vannes~insertion|circuit-court
insertion~Entreprise d'insertion Rezo Solidaire~Fougères~insertion~esus
energie~Énergie citoyenne du Pays de Redon~Redon
mobilite~Atelier vélo Rayon Vert brestois~Brest
finance~Club CIGALES du Goëlo~Saint-Brieuc~cigales|finance-solidaire
microcredit~Microcrédit accompagné du Finistère~Quimper
sante~Santé communautaire de Kervénanec~Lorient
domicile~Aide à domicile du Porhoët~Ploërmel
numerique~PC Solidaire Pontivy~Pontivy~inclusion-numerique|reparation
culture~Festival associatif Les Nuits de Guerlesquin~Guerlesquin
medias~Radio associative Ar Menez~Belle-Isle-en-Terre~medias-citoyens|culture
restau~Crêperie solidaire Ti Krampouezh~Vitré
logement~Pension de famille L'Escale~Saint-Malo
ecocon~Terre et Paille d'Armor~Dinan
vieasso~Maison des associations de Cesson~Cesson-Sévigné
solint~Boutique équitable Ar Bed~Moëlan-sur-Mer~commerce-equitable|solidarite-internationale
ressourcerie~Ressourcerie de la Bastide~Bordeaux@33300
recyclerie~Recyclerie de la Montagne limousine~Faux-la-Montagne
ressourcerie~Ressourcerie du Pays rochelais~La Rochelle
amap~AMAP de Saint-Michel~Bordeaux@33800
amap~AMAP du Pays mellois~Melle
amap~AMAP de la Vallée de la Vienne~Saint-Junien
epicerie~Épicerie solidaire La Charentaise~Angoulême
epicerie~Épicerie solidaire Le Pas de Côté~Poitiers
epicerie~Épicerie solidaire des Chartrons~Bordeaux@33300
habitat~Habitat participatif La Jarrie des Bois~Bègles
habitat-asso~Habiter ensemble en Limousin~Limoges
monnaie~Monnaie locale La Makila~Bayonne
tiers~Tiers-lieu La Ferme du Plateau~Peyrelevade~tiers-lieu|circuit-court
tiers~La Fabrique coopérative de Felletin~Felletin~tiers-lieu|formation-professionnelle
tiers~Tiers-lieu Le Hangar vert~Niort
scop~SCOP Lauze & Ardoise~Royère-de-Vassivière~eco-construction|travailler~scop~Couvreurs et charpentiers associés en coopérative de production sur le plateau de Millevaches.
scop~Tapisserie coopérative d'Aubusson~Aubusson~culture|travailler~scop~Atelier de tissage et de restauration de tapisseries organisé en SCOP.
scic~SCIC La Forêt en Commun~Eymoutiers~energie-citoyenne|cooperer~scic~Gestion forestière douce et scierie coopérative associant propriétaires, bûcherons et habitants.
cae~CAE Estuaire Entreprendre~Mérignac
repair~Repair café de Pessac~Pessac
jardin~Jardin partagé des Capucins~Bordeaux@33800
insertion~Chantier d'insertion Les Jardins de Dordogne~Bergerac~insertion|jardin-partage
energie~Énergie citoyenne Périgord Vert~Saint-Pierre-de-Frugie
mobilite~Atelier vélo La Cyclo-Pau~Pau
finance~Fonds solidaire Pays basque~Bayonne~finance-solidaire|accompagnement-creation
sante~Centre de santé communautaire de Montanou~Agen
domicile~Aide à domicile de la Soule~Mauléon-Licharre
handicap~Entreprise adaptée Les Ateliers de la Corrèze~Tulle~entreprise-adaptee|handicap~esus
tourisme~Accueil à la ferme du Labourd~Ainhoa~tourisme-solidaire|culture
sport~Sports de glisse solidaires des Landes~Dax~sport-loisirs|handicap
restau~Restaurant solidaire Le Comptoir du Marché~Brive-la-Gaillarde
logement~Habitat accompagné du Périgord~Périgueux
vieasso~Collectif des habitants du Pont-Neuf~Limoges~democratie-locale|vie-associative~autre~Collectif informel d'habitants qui anime la vie du quartier et porte la parole des locataires.
""",
"ESS-AURA": """
ressourcerie~Ressourcerie de la Croix-Rousse~Lyon@69004
recyclerie~Recyclerie des Pentes~Lyon@69001
ressourcerie~Ressourcerie du Forez~Saint-Étienne
recyclerie~Recyclerie du Sud grenoblois~Échirolles
ressourcerie~Ressourcerie de Riom Limagne~Riom
amap~AMAP de la Guillotière~Lyon@69007
amap~AMAP des Monts du Lyonnais~Saint-Martin-en-Haut
amap~AMAP du Trièves~Mens
amap~AMAP de Montferrand~Clermont-Ferrand
amap~AMAP des Bords de l'Allier~Vichy
circuit~Producteurs du Diois associés~Die~circuit-court~cooperative~Magasin coopératif de producteurs du Diois : clairette, fromages, plantes aromatiques et légumes.
epicerie~Épicerie solidaire La Courte Paille~Villeurbanne
epicerie~Épicerie solidaire du Plateau~Vénissieux
epicerie~Épicerie solidaire Le Cabas stéphanois~Saint-Étienne
epicerie~Épicerie solidaire de la Villeneuve~Grenoble
habitat~Habitat participatif L'Îlot des Tisserands~Villeurbanne
habitat~Coopérative d'habitants des Pentes~Lyon@69001
habitat~Habitat groupé La Clairière~Crest~habitat-participatif|eco-construction~association
habitat-asso~Habitat participatif en Savoie~Chambéry
monnaie~Monnaie locale Le Canut~Lyon@69002
monnaie~Monnaie locale Le Bastion~Grenoble~monnaie-locale|circuit-court
tiers~Tiers-lieu Les Usines du Gier~Saint-Étienne
tiers~La Ferme des Communs~Saillans~tiers-lieu|democratie-locale
tiers~Tiers-lieu La Filature de l'Auzon~Lussas~tiers-lieu|culture
scop~SCOP Les Fromagers du Sancy~Ambert~circuit-court|travailler~scop~Fromagerie reprise par ses salariés et ses producteurs de lait, en coopérative de production.
scop~Bureau d'études Alpes Bois Conseil~Annecy~eco-construction|travailler~scop~Bureau d'études structure bois et architecture bioclimatique en SCOP.
scic~SCIC Alpes Autopartage~Chambéry~mobilite-durable|cooperer~scic~Service coopératif d'autopartage dans les villes et vallées de Savoie.
scic~SCIC Les Toits du Velay~Le Puy-en-Velay~energie-citoyenne|cooperer~scic~Toitures solaires citoyennes installées sur les bâtiments communaux de Haute-Loire.
cae~Coopérative d'activité Rhône Élan~Lyon@69003
cae~CAE Volcans Entreprendre~Clermont-Ferrand~cooperative-activite
repair~Repair café de la Guillotière~Lyon@69007
repair~Repair café d'Annemasse~Annemasse
jardin~Jardin partagé des Gratte-Ciel~Villeurbanne
jardin~Jardin partagé de Vaise~Lyon@69009~jardin-partage|education-populaire
insertion~Chantier d'insertion Les Jardins du Velay~Le Puy-en-Velay~insertion|jardin-partage
insertion~Entreprise d'insertion Rhône Services~Villefranche-sur-Saône~insertion~esus
energie~Énergie citoyenne du Royans~Romans-sur-Isère
mobilite~Atelier vélo Le Guidon Libre~Grenoble~mobilite-durable|reparation
finance~Club CIGALES de Chartreuse~Voiron~cigales|finance-solidaire
microcredit~Microcrédit solidaire de l'Allier~Montluçon
sante~Santé communautaire des Minguettes~Vénissieux
domicile~Aide à domicile du Cantal~Aurillac
handicap~Entreprise adaptée Les Couteliers~Thiers~entreprise-adaptee|handicap~esus~Entreprise adaptée de coutellerie et de polissage qui emploie des travailleurs en situation de handicap.
numerique~Numérique pour tous en Ardèche~Privas
educpop~Université populaire de Montélimar~Montélimar
culture~Cinéma associatif La Lanterne~Aubenas
tourisme~Refuge solidaire du Mont-Blanc~Chamonix-Mont-Blanc~tourisme-solidaire|sport-loisirs
sport~Club d'escalade populaire de Moulins~Moulins
medias~Radio associative Les Ondes de Bresse~Bourg-en-Bresse
restau~Cantine solidaire La Marmite de Gerland~Lyon@69007
logement~Maison relais Les Tilleuls~Annonay
ecocon~Atelier Terre et Chanvre d'Auvergne~Billom
groupement~Groupement d'employeurs Haut-Bugey Solidaire~Oyonnax
logement~Fondation Toit Partagé~Lyon@69008~logement-insertion~fondation~Fondation qui finance et gère des logements très sociaux pour les familles mal logées de la métropole.
vieasso~Conseil des habitants de Roanne~Roanne~democratie-locale
""",
"RESES-HDF": """
ressourcerie~Ressourcerie de Moulins-Lille~Lille@59000
recyclerie~Recyclerie de Fives~Lille@59800
ressourcerie~Ressourcerie du Valenciennois~Valenciennes
recyclerie~Recyclerie de l'Avesnois~Avesnes-sur-Helpe
ressourcerie~Ressourcerie du Calaisis~Calais
amap~AMAP de Wazemmes~Lille@59000
amap~AMAP des Weppes~Armentières
amap~AMAP du Pays de Saint-Omer~Saint-Omer
amap~AMAP des Hortillonnages~Amiens
amap~AMAP du Soissonnais~Soissons
epicerie~Épicerie solidaire Le Coron~Lens
epicerie~Épicerie solidaire La Fraternelle~Roubaix
epicerie~Épicerie solidaire du Beffroi~Douai
epicerie~Épicerie solidaire La Digue~Dunkerque
epicerie~Épicerie solidaire de la Thiérache~Hirson
habitat~Habitat participatif Les Courées~Roubaix
habitat~Habitat participatif Le Béguinage~Villeneuve-d'Ascq
monnaie~Monnaie locale Le P'tit Quinquin~Lille@59000
tiers~Tiers-lieu La Filature du Blanc Seau~Tourcoing
tiers~Tiers-lieu Le Carreau des Terrils~Loos-en-Gohelle~tiers-lieu|energie-citoyenne
tiers~Tiers-lieu La Ferme urbaine du Sud~Amiens~tiers-lieu|jardin-partage
scop~SCOP Les Verriers du Nord~Fourmies~travailler|culture~scop~Atelier de verre soufflé repris par ses salariés en coopérative de production.
scop~Imprimerie coopérative de l'Artois~Arras~travailler|medias-citoyens~scop~Imprimerie en SCOP spécialisée dans l'édition associative et les papiers recyclés.
scic~SCIC Soleil d'Opale~Boulogne-sur-Mer~energie-citoyenne|cooperer~scic~Coopérative citoyenne qui développe le solaire sur les toits des écoles du Boulonnais.
cae~Coopérative d'activité et d'emploi Nord Tisser~Lille@59160
repair~Repair café de Tourcoing~Tourcoing
repair~Repair café de Compiègne~Compiègne
jardin~Jardin partagé des Dondaines~Lille@59800
jardin~Jardins ouvriers partagés de Grande-Synthe~Grande-Synthe~jardin-partage|insertion
insertion~Chantier d'insertion Les Marais de la Somme~Péronne~insertion|jardin-partage
insertion~Entreprise d'insertion Bâti-Nord~Douchy-les-Mines~insertion|eco-construction~esus
energie~Énergie citoyenne du Montreuillois~Montreuil-sur-Mer
mobilite~Atelier vélo Les Rayons de Roubaix~Roubaix
finance~Club CIGALES des Flandres~Hazebrouck~cigales|finance-solidaire
microcredit~Microcrédit solidaire du Cambrésis~Cambrai
sante~Maison de santé participative de Maubeuge~Maubeuge
domicile~Aide à domicile du Laonnois~Laon
handicap~Entreprise adaptée Les Ateliers de l'Oise~Creil~entreprise-adaptee|handicap~esus
numerique~Espace numérique solidaire du Saint-Quentinois~Saint-Quentin
culture~Compagnie des Terrils~Béthune
medias~Radio associative Canal Amandinois~Saint-Amand-les-Eaux
restau~Restaurant solidaire La Table de Beauvais~Beauvais
logement~Pension de famille Les Mouettes~Abbeville
vieasso~Maison des associations de Château-Thierry~Château-Thierry
""",
}
