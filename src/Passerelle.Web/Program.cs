using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Demo;
using Passerelle.Web.Features.Operations;
using Passerelle.Web.Features.Shared;
using Passerelle.Web.Platform;

var builder = WebApplication.CreateBuilder(args);
builder.AddJournalisation();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(_ => Passerelle.Web.Features.Communes.Communes.Charger());
builder.Services.AddData(builder.Configuration, builder.Environment);
builder.Services.AddDataProtection().SetApplicationName("Passerelle").PersistKeysToDbContext<AppDbContext>();
builder.Services.AddAcces();
// Security-stamp revalidation rebuilds the principal without the sign-in's second-factor claim
// ("amr"): keep it, or administrators lose their pages a minute after signing in.
builder.Services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = c =>
{
    if (c.CurrentPrincipal?.FindFirst(Politiques.ClaimMethodeAuthentification) is { } amr && c.NewPrincipal?.Identity is ClaimsIdentity nouvelle)
        nouvelle.AddClaim(new Claim(amr.Type, amr.Value));
    return Task.CompletedTask;
});
builder.Services.AddScoped<AuditJournal>();
builder.Services.AddScoped<Navigation>();
builder.Services.AddGestionErreurs();
builder.Services.AddSante();
builder.Services.AddApiDocumentation();
builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));

var app = builder.Build();
app.UseGestionErreurs();
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.MapSante();
app.MapApiDocumentation();
app.MapRazorPages();
var api = app.MapGroup("/api/v1");
api.MapMoiApi();
await app.PreparerBaseAsync();
app.AfficherAccesDemo();
await app.RunAsync();

public partial class Program;
