using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bdis.Core.Initiatives;
using Bdis.Core.Networks;

namespace Bdis.Web.Components.Pages.Initiatives;

/// <summary>schema.org Organization for an initiative page, safe to embed in a script element.</summary>
public static class InitiativeJsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Escapes <, >, & and quotes as \uXXXX, so a name cannot close the script element.
        Encoder = JavaScriptEncoder.Default,
    };

    public static string Build(Initiative initiative, Network? network, string canonicalUrl)
    {
        var organization = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Organization",
            ["@id"] = canonicalUrl,
            ["name"] = initiative.Name,
            ["url"] = initiative.Contacts.Website ?? canonicalUrl,
        };
        AddIfPresent(organization, "description", initiative.Summary ?? initiative.Description);
        AddIfPresent(organization, "email", initiative.Contacts.Email);
        AddIfPresent(organization, "telephone", initiative.Contacts.Phone);
        AddIfPresent(organization, "legalName", null);
        if (initiative.Siret is { Length: > 0 } siret)
        {
            organization["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "SIRET", ["value"] = siret };
        }

        var address = new JsonObject { ["@type"] = "PostalAddress", ["addressCountry"] = "FR" };
        AddIfPresent(address, "streetAddress", initiative.Address.Street);
        AddIfPresent(address, "postalCode", initiative.Address.Postcode);
        AddIfPresent(address, "addressLocality", initiative.Address.Commune);
        organization["address"] = address;
        if (initiative.Location is { } point)
        {
            organization["location"] = new JsonObject
            {
                ["@type"] = "Place",
                ["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = point.Y, ["longitude"] = point.X },
            };
        }

        if (network is not null)
        {
            var member = new JsonObject { ["@type"] = "Organization", ["name"] = network.Name };
            AddIfPresent(member, "url", network.Website);
            organization["memberOf"] = member;
        }

        return organization.ToJsonString(Options);
    }

    private static void AddIfPresent(JsonObject target, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            target[name] = value;
        }
    }
}
