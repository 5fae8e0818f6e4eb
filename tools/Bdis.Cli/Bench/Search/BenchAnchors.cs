using System.Globalization;

namespace Bdis.Cli.Bench.Search;

/// <summary>
/// Where synthetic initiatives are placed: every department's prefecture and a few other large cities, with rounded
/// coordinates and populations (thousands, approximate; entered by hand for the benchmark only). Records cluster
/// around them like people do.
/// </summary>
public static class BenchAnchors
{
    public sealed record Anchor(string Department, string City, double Lat, double Lon, double PopulationK);

    private const string Table = """
        01;Bourg-en-Bresse;46.205;5.226;41|02;Laon;49.564;3.620;25|03;Moulins;46.566;3.333;20|04;Digne-les-Bains;44.092;6.236;16
        05;Gap;44.559;6.079;41|06;Nice;43.710;7.262;342|07;Privas;44.735;4.599;8|08;Charleville-Mézières;49.773;4.720;46
        09;Foix;42.965;1.607;10|10;Troyes;48.297;4.074;62|11;Carcassonne;43.213;2.349;46|12;Rodez;44.351;2.575;25
        13;Marseille;43.296;5.370;870|14;Caen;49.182;-0.370;106|15;Aurillac;44.926;2.440;25|16;Angoulême;45.648;0.156;42
        17;La Rochelle;46.160;-1.151;77|18;Bourges;47.081;2.399;64|19;Tulle;45.267;1.772;15|2A;Ajaccio;41.919;8.739;71
        2B;Bastia;42.697;9.450;48|21;Dijon;47.322;5.041;159|22;Saint-Brieuc;48.514;-2.765;44|23;Guéret;46.171;1.872;13
        24;Périgueux;45.184;0.721;30|25;Besançon;47.238;6.024;119|26;Valence;44.933;4.892;64|27;Évreux;49.024;1.151;47
        28;Chartres;48.446;1.489;39|29;Quimper;47.996;-4.102;63|30;Nîmes;43.837;4.360;148|31;Toulouse;43.605;1.444;493
        32;Auch;43.646;0.586;22|33;Bordeaux;44.838;-0.579;260|34;Montpellier;43.611;3.877;300|35;Rennes;48.117;-1.678;222
        36;Châteauroux;46.811;1.691;43|37;Tours;47.394;0.684;136|38;Grenoble;45.188;5.724;158|39;Lons-le-Saunier;46.675;5.554;17
        40;Mont-de-Marsan;43.890;-0.500;30|41;Blois;47.586;1.335;46|42;Saint-Étienne;45.439;4.387;173|43;Le Puy-en-Velay;45.043;3.885;19
        44;Nantes;47.218;-1.554;320|45;Orléans;47.903;1.909;117|46;Cahors;44.448;1.441;20|47;Agen;44.203;0.616;33
        48;Mende;44.518;3.500;12|49;Angers;47.474;-0.552;155|50;Saint-Lô;49.116;-1.091;19|51;Châlons-en-Champagne;48.957;4.363;44
        52;Chaumont;48.111;5.139;22|53;Laval;48.073;-0.770;50|54;Nancy;48.692;6.184;104|55;Bar-le-Duc;48.773;5.160;15
        56;Vannes;47.658;-2.760;54|57;Metz;49.120;6.176;120|58;Nevers;46.990;3.159;33|59;Lille;50.629;3.057;236
        60;Beauvais;49.430;2.081;56|61;Alençon;48.432;0.091;26|62;Arras;50.291;2.777;41|63;Clermont-Ferrand;45.778;3.087;147
        64;Pau;43.295;-0.371;77|65;Tarbes;43.233;0.078;42|66;Perpignan;42.699;2.895;120|67;Strasbourg;48.573;7.752;287
        68;Colmar;48.079;7.358;70|69;Lyon;45.764;4.836;522|70;Vesoul;47.622;6.155;15|71;Mâcon;46.307;4.828;34
        72;Le Mans;48.006;0.199;145|73;Chambéry;45.564;5.917;60|74;Annecy;45.899;6.129;130|75;Paris;48.857;2.352;2100
        76;Rouen;49.443;1.099;114|77;Melun;48.540;2.660;41|78;Versailles;48.805;2.120;85|79;Niort;46.324;-0.459;60
        80;Amiens;49.894;2.296;134|81;Albi;43.929;2.148;49|82;Montauban;44.018;1.355;61|83;Toulon;43.124;5.928;180
        84;Avignon;43.949;4.806;91|85;La Roche-sur-Yon;46.670;-1.426;55|86;Poitiers;46.580;0.340;89|87;Limoges;45.834;1.261;130
        88;Épinal;48.173;6.449;32|89;Auxerre;47.798;3.567;34|90;Belfort;47.640;6.863;46|91;Évry-Courcouronnes;48.629;2.441;67
        92;Nanterre;48.892;2.207;96|93;Bobigny;48.908;2.439;54|94;Créteil;48.790;2.455;92|95;Cergy;49.036;2.076;66
        971;Basse-Terre;15.998;-61.726;10|972;Fort-de-France;14.616;-61.059;77|973;Cayenne;4.922;-52.313;63
        974;Saint-Denis;-20.882;55.450;153|976;Mamoudzou;-12.780;45.228;71|76;Le Havre;49.494;0.108;167|29;Brest;48.390;-4.486;140
        13;Aix-en-Provence;43.529;5.447;145|69;Villeurbanne;45.771;4.890;150|59;Roubaix;50.690;3.181;98|93;Saint-Denis;48.936;2.357;113
        92;Boulogne-Billancourt;48.835;2.241;121|64;Bayonne;43.493;-1.475;52|35;Saint-Malo;48.649;-2.025;46|06;Cannes;43.552;7.017;74
        """;

    public static IReadOnlyList<Anchor> All { get; } = Table
        .Split(['|', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(entry => entry.Split(';'))
        .Select(p => new Anchor(p[0], p[1], Parse(p[2]), Parse(p[3]), Parse(p[4])))
        .ToArray();

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
