using Bdis.Data.Hosting;
using Bdis.Web.Apis;
using Bdis.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddBdisData();
builder.AddBdisSearchApi();
builder.AddBdisWeb();
builder.AddBdisPages();
builder.AddBdisLoadShedding();

var app = builder.Build();
app.UseBdisWeb();
app.MapHealthApi();
app.MapInitiativesApi();
app.MapSearchApi();
app.MapBdisPages();
return await app.RunOrExplainAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
