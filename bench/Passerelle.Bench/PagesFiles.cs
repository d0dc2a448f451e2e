namespace Passerelle.Bench;

/// <summary>A measured page: its label in the report, its address and the demo account (role@49) that loads it.</summary>
internal sealed record PageMesuree(string Libelle, string Adresse, string Compte);

internal static class PagesFiles
{
    /// <param name="territoireId">The département's most populated territoire, for the filtered queue.</param>
    /// <param name="personneId">An accompanied person, for their page.</param>
    public static IReadOnlyList<PageMesuree> Pour(int territoireId, int personneId) =>
    [
        new("/healthz", "/healthz", "agent"),
        new("/ (agent, échéances)", "/", "agent"),
        new("/ (référent, échéances)", "/", "referent"),
        new("/cohortes", "/cohortes", "agent"),
        new("/cohortes/a-inviter", "/cohortes/a-inviter", "agent"),
        new("/cohortes/a-inviter (agent de territoire)", "/cohortes/a-inviter", "agent-territoire"),
        new("/cohortes/retard-orientation", "/cohortes/retard-orientation", "agent"),
        new("/cohortes/a-inviter?territoire, tri=nom", $"/cohortes/a-inviter?Filtre.TerritoireId={territoireId}&tri=nom", "agent"),
        new("/cohortes/a-inviter?numero=50", "/cohortes/a-inviter?numero=50", "agent"),
        new("/portefeuille (référent)", "/portefeuille", "referent"),
        new("/structure (responsable)", "/structure", "responsable"),
        new("/personnes/{id}", $"/personnes/{personneId}", "agent"),
        new("/indicateurs/orientation", "/indicateurs/orientation", "agent"),
        new("/indicateurs/orientation (agent de territoire)", "/indicateurs/orientation", "agent-territoire"),
        new("/api/v1/indicateurs/orientation (année précédente)", $"/api/v1/indicateurs/orientation?du={TimeProvider.System.GetLocalNow().Year - 1}-01-01&au={TimeProvider.System.GetLocalNow().Year - 1}-12-31", "agent"),
    ];
}
