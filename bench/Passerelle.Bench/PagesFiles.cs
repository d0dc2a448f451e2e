using Passerelle.Web.Features.Cohortes;

namespace Passerelle.Bench;

/// <summary>A measured page: its label in the report, its address and the demo account (role@49) that loads it.</summary>
internal sealed record PageMesuree(string Libelle, string Adresse, string Compte);

/// <summary>Landmarks of the measured département picked in the generated data, so the pages show real content.</summary>
/// <param name="Territoire">The most populated territoire, for the filtered queue.</param>
/// <param name="Commune">The INSEE code of the commune with the most open parcours, for the commune filter.</param>
/// <param name="Personne">An accompanied person, for their page; <paramref name="Nom"/> and <paramref name="Nir"/> are searched for as an agent does.</param>
internal sealed record Reperes(int Territoire, string Commune, int Personne, string Nom, string Prenom, string Nir);

/// <summary>The pages an agent, a référent and a structure head use daily (issue 10 §3), plus the indicators.</summary>
internal static class PagesFiles
{
    public static IReadOnlyList<PageMesuree> Pour(Reperes r) =>
    [
        new("/healthz", "/healthz", "agent"),
        new("/ (agent, échéances)", "/", "agent"),
        new("/ (référent, échéances)", "/", "referent"),
        new("/ (responsable, échéances)", "/", "responsable"),
        new("/cohortes", "/cohortes", "agent"),
        .. FilesDeTravail.Toutes.Select(f => new PageMesuree($"/cohortes/{f.Code}", $"/cohortes/{f.Code}", "agent")),
        new("/cohortes/a-inviter (agent de territoire)", "/cohortes/a-inviter", "agent-territoire"),
        new("/cohortes/a-inviter?territoire, tri=nom", $"/cohortes/a-inviter?Filtre.TerritoireId={r.Territoire}&tri=nom", "agent"),
        new("/cohortes/a-inviter?commune", $"/cohortes/a-inviter?Filtre.Commune={r.Commune}", "agent"),
        new("/cohortes/a-inviter?numero=50", "/cohortes/a-inviter?numero=50", "agent"),
        new("/portefeuille (référent)", "/portefeuille", "referent"),
        new("/portefeuille?contrats arrivant à échéance", "/portefeuille?FinContrat=true", "referent"),
        new("/structure (responsable)", "/structure", "responsable"),
        new("/agenda (référent)", "/agenda", "referent"),
        new("/agenda (responsable)", "/agenda", "responsable"),
        new("/personnes/{id}", $"/personnes/{r.Personne}", "agent"),
        new("/personnes/{id}/parcours (10 ans, ≈ 500 événements)", $"/personnes/{r.Personne}/parcours", "agent"),
        new("/dossiers?nom", $"/dossiers?Filtre.Nom={Uri.EscapeDataString(r.Nom)}", "agent"),
        new("/dossiers?nir", $"/dossiers?Filtre.Nir={r.Nir}", "agent"),
        new("/recherche?q=nom seul (plus de 50 personnes)", $"/recherche?q={Uri.EscapeDataString(r.Nom)}", "agent"),
        new("/recherche?q=nom avec une faute", $"/recherche?q={Uri.EscapeDataString(Faute(r.Nom))}", "agent"),
        new("/recherche?q=nom prénom", $"/recherche?q={Uri.EscapeDataString(r.Nom + " " + r.Prenom)}", "agent"),
        new("/recherche?q=NIR-13", $"/recherche?q={r.Nir[..Math.Min(13, r.Nir.Length)]}", "agent"),
        new("/recherche?q=nom (référent)", $"/recherche?q={Uri.EscapeDataString(r.Nom)}", "referent"),
        new("/offre?frein=mobilite&commune (référent)", $"/offre?frein=mobilite&commune={r.Commune}", "referent"),
        new("/offre?public=jeunes&type=atelier&places (référent)", "/offre?public=jeunes&type=atelier&places=true", "referent"),
        new("/offre (toute l'offre, 100 premières)", "/offre", "referent"),
        new("/api/v1/public/49/data-inclusion/services (anonyme, toute l'offre)", "/api/v1/public/49/data-inclusion/services", "referent"),
        new("/offre/indicateurs (année, tout le département)", "/offre/indicateurs", "agent"),
        new("/offre/indicateurs?par=action (année, 5 000 lignes)", "/offre/indicateurs?Filtre.Par=action", "agent"),
        new("/api/v1/indicateurs/offre?par=fiche-action (année)", "/api/v1/indicateurs/offre?par=fiche-action", "agent"),
        new("/offres-emploi (référent, offres ouvertes de ses territoires)", "/offres-emploi", "referent"),
        new("/offres-emploi?rome&contrat (référent)", "/offres-emploi?Rome=K1302&Contrat=Cdd", "referent"),
        new("/offres-emploi/indicateurs (agent, année)", "/offres-emploi/indicateurs", "agent"),
        new("/ep/detection?critere=sans-contrat", "/ep/detection?critere=sans-contrat", "agent"),
        new("/ep/detection?critere=absences-repetees", "/ep/detection?critere=absences-repetees", "agent"),
        new("/ep/detection?critere=maintien-social", "/ep/detection?critere=maintien-social", "agent"),
        new("/ep/detection?critere=sans-contrat&territoire", $"/ep/detection?critere=sans-contrat&territoire={r.Territoire}", "agent"),
        new("/ep/detection?critere=sans-contrat (agent de territoire)", "/ep/detection?critere=sans-contrat", "agent-territoire"),
        new("/api/v1/ep/detection?critere=sans-contrat&taille=100", "/api/v1/ep/detection?critere=sans-contrat&taille=100", "agent"),
        new("/indicateurs/orientation", "/indicateurs/orientation", "agent"),
        new("/indicateurs/orientation (agent de territoire)", "/indicateurs/orientation", "agent-territoire"),
        new("/api/v1/indicateurs/orientation (année précédente)", $"/api/v1/indicateurs/orientation?du={TimeProvider.System.GetLocalNow().Year - 1}-01-01&au={TimeProvider.System.GetLocalNow().Year - 1}-12-31", "agent"),
        new("/ep/indicateurs (année, tout le département)", "/ep/indicateurs", "agent"),
        new("/api/v1/indicateurs/ep (année précédente, agent de territoire)", $"/api/v1/indicateurs/ep?du={TimeProvider.System.GetLocalNow().Year - 1}-01-01&au={TimeProvider.System.GetLocalNow().Year - 1}-12-31", "agent-territoire"),
    ];

    /// <summary>The name with its last two letters swapped, as typed in a hurry: the search must still find it.</summary>
    private static string Faute(string nom) => nom.Length < 3 ? nom : string.Concat(nom.AsSpan(0, nom.Length - 2), nom[^1].ToString(), nom[^2].ToString());
}
