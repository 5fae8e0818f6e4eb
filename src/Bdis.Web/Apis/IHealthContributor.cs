namespace Bdis.Web.Apis;

/// <summary>A part of the system (the search index…) that adds its state to /healthz.</summary>
public interface IHealthContributor
{
    Task<(string Name, bool Healthy, object Details)> CheckAsync(CancellationToken ct);
}
