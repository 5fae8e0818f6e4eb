using Bdis.Core.Geo;
using Bdis.Core.Initiatives;
using Bdis.Core.Networks;
using Bdis.Core.Validation;
using Bdis.Data.Stores;
using Bdis.Testing;
using Microsoft.EntityFrameworkCore;

namespace Bdis.Data.Tests;

public sealed class InitiativeStoreTests(PostgisFixture db) : IClassFixture<PostgisFixture>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using var ctx = db.CreateContext();
        if (!await ctx.Networks.AnyAsync())
        {
            ctx.Networks.AddRange(
                new Network { Code = "APEAS", Name = "APEAS", Regions = ["93"] },
                new Network { Code = "ARDES", Name = "ARDES", Regions = ["28"] });
            await ctx.SaveChangesAsync();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_created_record_gets_a_unique_slug_its_territory_and_a_change_log_row_in_the_same_transaction()
    {
        await using var ctx = db.CreateContext();
        var store = new InitiativeStore(ctx, db.Referentials);
        var before = await ctx.ChangeLog.LongCountAsync();

        var first = await store.CreateAsync(New("Jardin partagé des Lices", "35000"), "test", default);
        var second = await store.CreateAsync(New("Jardin partagé des Lices", "35000"), "test", default);

        Assert.Equal("jardin-partage-des-lices", first.Slug);
        Assert.Equal("jardin-partage-des-lices-2", second.Slug);
        Assert.Equal(("35", "53"), (first.DepartmentCode, first.RegionCode));
        var log = await ctx.ChangeLog.Where(c => c.InitiativeId == first.Id).ToListAsync();
        Assert.Equal('I', Assert.Single(log).Operation);
        Assert.Equal(before + 2, await ctx.ChangeLog.LongCountAsync());
    }

    [Fact]
    public async Task Update_archive_and_delete_are_each_logged_and_the_slug_survives_a_rename()
    {
        await using var ctx = db.CreateContext();
        var store = new InitiativeStore(ctx, db.Referentials);
        var created = await store.CreateAsync(New("Ressourcerie de Caen", "14000"), "test", default);

        var renamed = New("Recyclerie de Caen", "14000");
        renamed.Id = created.Id;
        await store.UpdateAsync(renamed, "editor", default);
        await store.ArchiveAsync(created.Id, "editor", default);
        await store.DeleteAsync(created.Id, default);

        var operations = await ctx.ChangeLog.Where(c => c.InitiativeId == created.Id).OrderBy(c => c.Id).Select(c => c.Operation).ToListAsync();
        Assert.Equal(['I', 'U', 'U', 'D'], operations);
        Assert.Equal("ressourcerie-de-caen", renamed.Slug);
    }

    [Fact]
    public async Task A_failed_transaction_leaves_neither_the_record_nor_its_change_log_row()
    {
        await using var ctx = db.CreateContext();
        var before = (await ctx.Initiatives.LongCountAsync(), await ctx.ChangeLog.LongCountAsync());
        await using (var tx = await ctx.Database.BeginTransactionAsync())
        {
            var store = new InitiativeStore(ctx, db.Referentials);
            await store.CreateAsync(New("Épicerie rollback", "13100"), "test", default);
            await tx.RollbackAsync();
        }

        await using var fresh = db.CreateContext();
        Assert.Equal(before, (await fresh.Initiatives.LongCountAsync(), await fresh.ChangeLog.LongCountAsync()));
    }

    [Fact]
    public async Task The_same_external_id_twice_in_one_network_is_refused_but_allowed_in_another()
    {
        await using var ctx = db.CreateContext();
        var store = new InitiativeStore(ctx, db.Referentials);
        var a = New("AMAP du Vieux Port", "13002");
        a.ExternalId = "X-1";
        await store.CreateAsync(a, "test", default);

        var b = New("AMAP du Panier", "13002");
        b.ExternalId = "X-1";
        var e = await Assert.ThrowsAsync<BdisValidationException>(() => store.CreateAsync(b, "test", default));
        Assert.Equal("duplicate_external_id", Assert.Single(e.Violations).Code);

        var c = New("AMAP normande", "14000");
        c.ExternalId = "X-1";
        c.NetworkCode = "ARDES";
        await store.CreateAsync(c, "test", default);
    }

    [Fact]
    public async Task The_database_itself_refuses_duplicate_slugs()
    {
        var id = Guid.NewGuid().ToString();
        var insert = $"INSERT INTO initiatives (id, slug, name, themes, tags, network_code, external_id, legal_status, status, source_kind, created_at, updated_at) " +
                     $"VALUES ('{{0}}', 'dup-slug-{id[..8]}', 'x', '{{{{amap}}}}', '{{{{}}}}', 'APEAS', '{{1}}', 0, 2, 0, now(), now())";
        await db.ScalarAsync<object>(string.Format(System.Globalization.CultureInfo.InvariantCulture, insert, Guid.NewGuid(), "E-" + id));
        var slug = await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            db.ScalarAsync<object>(string.Format(System.Globalization.CultureInfo.InvariantCulture, insert, Guid.NewGuid(), "F-" + id)));
        Assert.Equal("23505", slug.SqlState);
    }

    [Fact]
    public async Task Unknown_network_and_invalid_data_are_refused_before_anything_is_written()
    {
        await using var ctx = db.CreateContext();
        var store = new InitiativeStore(ctx, db.Referentials);
        var before = await ctx.Initiatives.LongCountAsync();
        var orphan = New("Tiers-lieu orphelin", "13100");
        orphan.NetworkCode = "NOPE";
        Assert.Equal("unknown_network", Assert.Single((await Assert.ThrowsAsync<BdisValidationException>(() => store.CreateAsync(orphan, "t", default))).Violations).Code);
        var bad = New("", "13100");
        bad.Siret = "123";
        var e = await Assert.ThrowsAsync<BdisValidationException>(() => store.CreateAsync(bad, "t", default));
        Assert.Contains(e.Violations, v => v.Code == "invalid_siret");
        Assert.Equal(before, await ctx.Initiatives.LongCountAsync());
    }

    private static Initiative New(string name, string postcode) => new()
    {
        Name = name,
        NetworkCode = "APEAS",
        Themes = ["jardin-partage"],
        Address = new PostalAddress { Postcode = postcode },
        Location = GeoFactory.Point(-1.68, 48.11),
        Status = InitiativeStatus.Published,
    };
}
