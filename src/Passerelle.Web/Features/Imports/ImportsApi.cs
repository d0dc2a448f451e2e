using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces.ClesApi;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Imports;

/// <summary>
/// Automated drops: POST the raw file (any content type) to /api/v1/imports/cnaf; the answer gives
/// the run to poll. A département-wide agent's session or the département's API key
/// (<c>Authorization: Bearer psr_…</c>, created in Administration › Clés d'API).
/// </summary>
public static class ImportsApi
{
    public static void MapImportsApi(this RouteGroupBuilder api)
    {
        var imports = api.MapGroup("/imports").RequireAuthorization(Politiques.ImportDossiers).AccepteCle(PorteesApi.Imports).WithTags("Imports");
        imports.MapPost("/cnaf", DeposerAsync).DisableAntiforgery()
            .WithSummary("Dépose un flux Bénéficiaire CNAF/MSA (corps brut) ; ?nom=fichier.xml&reprise=false&forcer=false");
        imports.MapGet("/{id:int}", LireAsync).WithSummary("Avancement et bilan d'un import");
    }

    private static async Task<IResult> DeposerAsync(HttpContext http, CreationImport creation, StockageImports stockage, CurrentUser utilisateur, TimeProvider clock,
        string? nom, bool? reprise, bool? forcer, CancellationToken ct)
    {
        if (http.Request.ContentLength is { } longueur && longueur > stockage.TailleMaximale)
            return TropGros(longueur, stockage.TailleMaximale);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limite) limite.MaxRequestBodySize = stockage.TailleMaximale;
        var resultat = await creation.CreerAsync(http.Request.Body,
            new DemandeImport(TypeImport.Cnaf, string.IsNullOrWhiteSpace(nom) ? "flux-cnaf.xml" : nom, utilisateur.Email ?? "API", reprise ?? false, Forcer: forcer ?? false), ct);
        if (resultat.Import is not { } import)
            return Results.Ok(new { dejaImporte = true, importId = resultat.DejaImporte!.Id, message = "Fichier déjà importé : rien n'a été modifié (forcer=true pour le relire)." });
        return Results.Accepted($"/api/v1/imports/{import.Id}", ProgressionImport.De(import, clock.GetUtcNow().UtcDateTime));
    }

    private static async Task<IResult> LireAsync(int id, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        await db.Imports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct) is { } import
            ? Results.Ok(ProgressionImport.De(import, clock.GetUtcNow().UtcDateTime))
            : Results.NotFound();

    public static IResult TropGros(long longueur, long maximum) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Fichier trop volumineux",
        detail: $"Le fichier fait {TailleLisible(longueur)} ; la taille maximale acceptée en ligne est {TailleLisible(maximum)}. Découpez le flux ou utilisez la commande « import cnaf » sur le serveur (sans limite).");

    /// <summary>Sizes as French users read them (decimal comma, ko/Mo/Go of 1024).</summary>
    public static string TailleLisible(long octets) => octets switch
    {
        >= 1L << 30 => Decimal(octets / (double)(1L << 30)) + " Go",
        >= 1L << 20 => Decimal(octets / (double)(1L << 20)) + " Mo",
        >= 1L << 10 => Decimal(octets / 1024d) + " ko",
        _ => octets.ToString(System.Globalization.CultureInfo.InvariantCulture) + " octets",
    };

    private static string Decimal(double valeur) => valeur.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',');
}
