using Bdis.Core.Geo;
using Bdis.Core.Initiatives;
using Bdis.Testing;

namespace Bdis.Search.Tests;

/// <summary>
/// A small directory written for the "quoi ? où ?" tests (no demo data): initiatives in and around Lyon, Aix-en-Provence
/// and Aix-les-Bains, Marseille, Montpellier, Saint-Étienne, La Seyne-sur-Mer, Bretagne and its neighbour, an AMAP
/// named after a Toulouse quarter that is also a commune elsewhere (Saint-Cyprien), names with "Sainte-Victoire",
/// namesakes for the suggestions, and short words ("SEL" beside "selon").
/// </summary>
public sealed class WhatWhereFixture : IAsyncLifetime
{
    private SearchHost? _host;

    public SearchHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public static IReadOnlyList<Initiative> All { get; } =
    [
        Make("Épicerie solidaire La Croix-Rousse", "epicerie-solidaire", "Lyon", "69004", "69384", 4.8320, 45.7760, complete: true),
        Make("Épicerie solidaire de Gerland", "epicerie-solidaire", "Lyon", "69007", "69387", 4.8350, 45.7300),
        Make("Ressourcerie de la Guillotière", "ressourcerie", "Lyon", "69007", "69387", 4.8420, 45.7520),
        Make("Monnaie locale La Gonette", "monnaie-locale", "Lyon", "69001", "69381", 4.8330, 45.7670),
        Make("Épicerie sociale du Tonkin", "epicerie-solidaire", "Villeurbanne", "69100", "69266", 4.8800, 45.7700),
        Make("Épicerie solidaire des Coteaux", "epicerie-solidaire", "Givors", "69700", "69091", 4.7690, 45.5900),
        Make("Épicerie solidaire du Cabas", "epicerie-solidaire", "Saint-Étienne", "42000", "42218", 4.3900, 45.4340),
        Make("Ressourcerie du Pays d'Aix", "ressourcerie", "Aix-en-Provence", "13100", "13001", 5.4474, 43.5297, complete: true),
        Make("Ressourcerie des Calanques", "ressourcerie", "Marseille", "13009", "13209", 5.4000, 43.2500),
        Make("AMAP du Vieux-Port", "amap", "Marseille", "13002", "13202", 5.3700, 43.3000),
        Make("AMAP de la Sainte-Victoire", "amap", "Aix-en-Provence", "13100", "13001", 5.5000, 43.5200),
        Make("Jardins de la Sainte-Victoire", "jardin-partage", "Beaurecueil", "13100", "13012", 5.5500, 43.5100),
        Make("Ressourcerie du Lac", "ressourcerie", "Aix-les-Bains", "73100", "73008", 5.9100, 45.6900),
        Make("Tiers-lieu La Grange", "tiers-lieu", "Rennes", "35000", "35238", -1.6800, 48.1100),
        Make("Tiers-lieu Le Hangar", "tiers-lieu", "Brest", "29200", "29019", -4.4800, 48.3900),
        Make("Tiers-lieu de l'Île de Nantes", "tiers-lieu", "Nantes", "44200", "44109", -1.5500, 47.2000),
        Make("Recyclerie des Arceaux", "ressourcerie", "Montpellier", "34000", "34172", 3.8600, 43.6100, complete: true),
        Make("Recyclerie du Biterrois", "ressourcerie", "Béziers", "34500", "34032", 3.2150, 43.3440),
        Make("Recyclerie de la Gardonnenque", "ressourcerie", "Nîmes", "30000", "30189", 4.3600, 43.8400),
        Make("Jardin partagé des Sablettes", "jardin-partage", "La Seyne-sur-Mer", "83500", "83126", 5.8800, 43.0900),
        Make("Jardin partagé du Mourillon", "jardin-partage", "Toulon", "83000", "83137", 5.9400, 43.1100),
        Make("AMAP de la Chouette", "amap", "Dijon", "21000", "21231", 5.0400, 47.3200),
        Make("AMAP de Saint-Cyprien", "amap", "Toulouse", "31300", "31555", 1.4300, 43.5980),
        Make("AMAP des Minimes", "amap", "Toulouse", "31200", "31555", 1.4400, 43.6200),
        Make("Ferme bio du Plateau", "circuit-court", "Rennes", "35000", "35238", -1.6500, 48.1200),
        Make("Le SEL du Marais", "savoirs-partages", "Paris", "75004", "75104", 2.3600, 48.8560,
            description: "Système d'échange local : services et savoirs s'échangent entre voisins du quartier."),
        Make("Cueillette des Buttes", "circuit-court", "Paris", "75020", "75120", 2.4000, 48.8650,
            description: "Des paniers composés selon les saisons, à venir chercher seul ou en famille."),
        Make("Repair café", "reparation", "Rennes", "35000", "35238", -1.6700, 48.1050),
        Make("Repair café", "reparation", "Brest", "29200", "29019", -4.4900, 48.3950),
        Make("Ateliers de Marseille", "reparation", "Marseille", "13001", "13201", 5.3800, 43.3000),
    ];

    public async Task InitializeAsync()
    {
        var connectionString = await TestCluster.CreateDatabaseAsync("whatwhere");
        _host = await SearchHost.StartAsync(connectionString, seedDemo: false);
        await Host.ExecuteAsync("INSERT INTO networks (code, name, regions, created_at) VALUES ('APEAS', 'APEAS', ARRAY[]::text[], now())");
        foreach (var initiative in All)
        {
            await Records.CreateAsync(connectionString, initiative);
        }

        await Host.WaitUntilEveryPublishedRecordIsIndexedAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
            await TestCluster.DropDatabaseAsync(_host.ConnectionString);
        }
    }

    private static Initiative Make(string name, string theme, string commune, string postcode, string insee, double lon, double lat,
        bool complete = false, string? description = null)
    {
        var initiative = new Initiative
        {
            Name = name,
            Description = description ?? $"{name} : une initiative de l'économie sociale et solidaire, ouverte à toutes et à tous.",
            NetworkCode = "APEAS",
            Themes = [theme],
            Address = new PostalAddress { Postcode = postcode, Commune = commune, InseeCode = insee },
            Location = GeoFactory.Point(lon, lat),
            Status = InitiativeStatus.Published,
        };
        if (complete)
        {
            initiative.Summary = "Une fiche complète.";
            initiative.Description = $"{name} accueille chacun du lundi au samedi : conseils, ateliers, bénévolat et une équipe qui répond aux questions.";
            initiative.Address = initiative.Address with { Street = "1 place de la Mairie" };
            initiative.Contacts = new Contacts { Email = "contact@exemple.org" };
        }

        return initiative;
    }
}
