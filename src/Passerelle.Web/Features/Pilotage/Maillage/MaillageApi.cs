using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Features.Diagnostic;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Export;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Web.Features.Pilotage.Maillage.TableauMaillageStatistique;

namespace Passerelle.Web.Features.Pilotage.Maillage;

/// <summary>One territoire (null: all of them) and theme; a figure hidden by statistical secrecy is null and <c>Secret</c> is true.</summary>
public sealed record CelluleMaillageApi(int? TerritoireId, string Territoire, [property: JsonConverter(typeof(JsonStringEnumConverter<ThemeFrein>))] ThemeFrein Theme, string Libelle, int? Personnes, int? Importants, int? Legers,
    int Places, decimal? Taux, int? Ecart, bool Secret);

public sealed record MaillageApiVue(int Annee, DateOnly Date, bool Secret, IReadOnlyList<CelluleMaillageApi> Cellules);

/// <summary>The maillage for BI tools and partners: JSON, or the table as CSV / XLSX (?format=), under secrecy for keys, pilots and readers.</summary>
public static class MaillageApi
{
    public static void MapMaillageApi(this RouteGroupBuilder api)
    {
        api.MapGet("/pilotage/maillage", async Task<Results<Ok<MaillageApiVue>, EmptyHttpResult, ProblemHttpResult>> (int? annee, string? format, bool? partenaires,
                ConsultationMaillage consultation, HeureLegale heure, HttpContext http, CancellationToken ct) =>
            {
                var an = annee ?? heure.Aujourdhui.Year;
                var erreurs = new Dictionary<string, string[]>();
                if (consultation.VerifierAnnee(an) is { } e) erreurs["annee"] = [e];
                if (format is not null && !ExportTableau.EstConnu(format)) erreurs["format"] = ["Format inconnu : csv ou xlsx, ou rien pour du JSON."];
                if (erreurs.Count > 0)
                    return TypedResults.Problem(new HttpValidationProblemDetails(erreurs) { Title = "Demande refusée", Detail = "Corrigez la demande.", Status = StatusCodes.Status422UnprocessableEntity });
                var vue = await consultation.LireAsync(an, ct);
                if (format is null) return TypedResults.Ok(Vue(vue));
                var secret = partenaires == true || vue.Secret;
                http.Response.ContentType = ExportTableau.TypeContenu(format);
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{ExportTableau.NomFichier($"maillage-{an}", format, secret)}\"";
                await ExportTableau.EcrireAsync(vue.Statistique.Tableau, format, secret, "Maillage", http.Response.Body, ct);
                return TypedResults.Empty;
            })
            .WithTags("Pilotage").RequireAuthorization(Politiques.Pilotage)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .AccepteCle(PorteesApi.PilotageLecture)
            .WithSummary("Besoins et offre par territoire et par thème pour ?annee= (défaut : l'année en cours) : personnes ayant le frein, dont important, places financées, taux de couverture, écart ; ?format=csv|xlsx pour le tableau, ?partenaires=true pour le secret statistique (toujours appliqué aux clés, pilotes et lecteurs).");
    }

    private static MaillageApiVue Vue(VueMaillage vue)
    {
        var s = vue.Statistique;
        CelluleMaillageApi Cellule(CelluleMaillage c, string nom)
        {
            bool M(int colonne) => s.Masque(c.TerritoireId, c.Theme, colonne);
            return new(c.TerritoireId, nom, c.Theme, c.Theme.Libelle(), M(ColonnePersonnes) ? null : c.Personnes, M(ColonneImportants) ? null : c.Importants,
                M(ColonneLegers) ? null : c.Legers, c.Places, M(ColonneTaux) ? null : c.Taux, M(ColonneEcart) ? null : c.Ecart, M(ColonnePersonnes) || M(ColonneImportants) || M(ColonneLegers));
        }
        var noms = vue.Maillage.Territoires.ToDictionary(t => t.Id, t => t.Nom);
        return new(vue.Maillage.Annee, vue.Maillage.Date, vue.Secret,
            [.. vue.Maillage.Cellules.Select(c => Cellule(c, noms[c.TerritoireId!.Value])), .. vue.Maillage.Ensemble.Select(c => Cellule(c, Ensemble))]);
    }
}
