using Microsoft.EntityFrameworkCore.Design;

namespace Bdis.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without a running server.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<BdisDbContext>
{
    public BdisDbContext CreateDbContext(string[] args) =>
        BdisDbContextOptions.CreateContext(
            Environment.GetEnvironmentVariable("ConnectionStrings__Bdis") ?? "Host=localhost;Database=bdis_design;Username=bdis");
}
