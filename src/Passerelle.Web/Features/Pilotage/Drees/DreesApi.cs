using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Export;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Pilotage.Drees;

/// <summary>
/// The DREES OARSA tables and the stratégie pauvreté figures of a year, in JSON, XLSX or PDF (suffix « .xlsx »/« .pdf » or
/// ?format=), whole or in the « partenaires » variant (?variante=partenaires, always for a key). A year refused answers 422
/// with its reason under « errors ».
/// </summary>
public static class DreesApi
{
    public static void MapDreesApi(this RouteGroupBuilder api)
    {
        var groupe = api.MapGroup("/pilotage").WithTags("Pilotage").RequireAuthorization(Politiques.Pilotage)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        groupe.MapGet("/drees/{annee}", async Task<Results<Ok<ResultatDrees>, FileContentHttpResult, ForbidHttpResult, ProblemHttpResult>> (
                string annee, string? format, string? variante, LectureDrees lecture, AccesPilotage acces, HeureLegale heure, CancellationToken ct) =>
            await RepondreAsync(annee, format, variante, acces, heure, async (n, secret) =>
            {
                var r = await lecture.CalculerAsync(n, ct);
                return secret ? SecretDrees.Appliquer(r) : r;
            }, r => ($"Enquête DREES OARSA {r.Annee}", r.Tableaux, $"drees-oarsa-{r.Annee}"), ct))
            .AccepteCle(PorteesApi.PilotageLecture)
            .WithSummary("Tableaux 1 à 6 de l'enquête DREES OARSA de l'année (2009 à l'année en cours), chaque colonne ventilée par âge, sexe, situation familiale, ancienneté dans le RSA et niveau de formation.");
        groupe.MapGet("/strategie-pauvrete/{annee}", async Task<Results<Ok<ResultatStrategie>, FileContentHttpResult, ForbidHttpResult, ProblemHttpResult>> (
                string annee, string? format, string? variante, StrategiePauvrete strategie, AccesPilotage acces, HeureLegale heure, CancellationToken ct) =>
            await RepondreAsync(annee, format, variante, acces, heure, async (n, secret) =>
            {
                var r = await strategie.CalculerAsync(n, ct);
                return secret ? StrategiePauvrete.Secret(r) : r;
            }, r => ($"Stratégie pauvreté {r.Annee}, {r.Fiche}", [ExportDrees.Tableau(r)], $"strategie-pauvrete-{r.Annee}"), ct))
            .AccepteCle(PorteesApi.PilotageLecture)
            .WithSummary("Stratégie pauvreté, fiche 6 : nombre de suivis en accompagnement global, dont bénéficiaires du RSA, de l'année.");
    }

    private static async Task<Results<Ok<T>, FileContentHttpResult, ForbidHttpResult, ProblemHttpResult>> RepondreAsync<T>(string annee, string? format, string? variante,
        AccesPilotage acces, HeureLegale heure, Func<int, bool, Task<T>> calculer, Func<T, (string Titre, IReadOnlyList<TableauDrees> Tableaux, string Fichier)> export, CancellationToken ct)
    {
        if (!acces.PeutLire) return TypedResults.Forbid();
        var point = annee.LastIndexOf('.');
        var (texte, suffixe) = point < 0 ? (annee, null) : (annee[..point], annee[(point + 1)..]);
        var forme = (suffixe ?? format ?? "json").ToLowerInvariant();
        if (forme is not ("json" or "xlsx" or "pdf"))
            return Ecriture.Champ("format", "Le format doit être json, xlsx ou pdf.").EnRefus();
        if (variante is not (null or "" or "complete" or "partenaires"))
            return Ecriture.Champ("variante", "La variante doit être « complete » ou « partenaires ».").EnRefus();
        var (n, erreur) = AnneeDrees.Lire(texte, heure.Aujourdhui);
        if (n is not int valide) return Ecriture.Champ("annee", erreur!).EnRefus();
        var secret = acces.SecretImpose || variante == "partenaires";
        var resultat = await calculer(valide, secret);
        if (forme == "json") return TypedResults.Ok(resultat);
        var (titre, tableaux, fichier) = export(resultat);
        if (secret) (titre, fichier) = ($"{titre} (variante partenaires)", $"{fichier}-partenaires");
        return forme == "xlsx"
            ? TypedResults.File(await ExportDrees.XlsxAsync(titre, tableaux, ct), EcritureTableur.TypeXlsx, $"{fichier}.xlsx")
            : TypedResults.File(ExportDrees.Pdf(titre, tableaux), ExportDrees.TypePdf, $"{fichier}.pdf");
    }
}
