using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires;

/// <summary>
/// Which EP sessions and dossiers a user reaches, written once for pages and API (primer §1):
/// <list type="bullet">
/// <item>an agent of the whole département runs every EP, session and dossier;</item>
/// <item>an agent limited to territoires runs the EPs of those territoires and the dossiers of persons living there
/// (a département-wide EP belongs to the whole-département agents);</item>
/// <item>a référent or structure head reads the passages of the persons already in their scope (person page),
/// nothing more (proposing is an agent's act);</item>
/// <item>an EP member reads only the sessions they are convened to, from the convocation to the closing, and those
/// sessions' dossiers, without NIR (<see cref="EstMembre"/>); they never reach the person's file.</item>
/// </list>
/// </summary>
public sealed class PerimetreEp(CurrentUser user, PerimetreDossiers perimetreDossiers, AppDbContext db)
{
    public bool EstAgent => user.A(Role.AgentDepartemental);
    public bool ToutLeDepartement => perimetreDossiers.ToutLeDepartement;
    public bool EstMembre => user.A(Role.MembreEquipePluridisciplinaire);

    public IQueryable<EquipePluridisciplinaire> Equipes(IQueryable<EquipePluridisciplinaire> equipes)
    {
        if (ToutLeDepartement) return equipes;
        var territoires = perimetreDossiers.Territoires.ToList();
        return EstAgent ? equipes.Where(e => e.TerritoireId != null && territoires.Contains(e.TerritoireId.Value)) : equipes.Where(e => false);
    }

    /// <summary>The sessions an agent runs, or a member is convened to while it is open to them.</summary>
    public IQueryable<SeanceEp> Seances(IQueryable<SeanceEp> seances)
    {
        if (EstAgent) return seances.Where(s => Equipes(db.Set<EquipePluridisciplinaire>()).Any(e => e.Id == s.EquipePluridisciplinaireId));
        if (!EstMembre || user.Id is not { } id) return seances.Where(s => false);
        var ouverts = new[] { StatutSeance.Convoquee, StatutSeance.Tenue, StatutSeance.AvisRendus, StatutSeance.Decidee };
        return seances.Where(s => ouverts.Contains(s.Statut)
            && db.Set<PresenceSeance>().Any(p => p.SeanceEpId == s.Id && p.Membre!.UtilisateurId == id && p.Membre.Actif));
    }

    /// <summary>The dossiers an agent handles (their territoires), a member reads (their open sessions), or a professional sees on the person page.</summary>
    public IQueryable<DossierEp> Dossiers(IQueryable<DossierEp> dossiers)
    {
        if (ToutLeDepartement) return dossiers;
        if (EstAgent)
        {
            var territoires = perimetreDossiers.Territoires.ToList();
            return dossiers.Where(d => d.TerritoireId != null && territoires.Contains(d.TerritoireId.Value));
        }
        if (EstMembre) return dossiers.Where(d => d.SeanceEpId != null && Seances(db.Set<SeanceEp>()).Any(s => s.Id == d.SeanceEpId));
        return dossiers.Where(d => perimetreDossiers.Filtrer(db.Personnes).Any(p => p.Id == d.PersonneId));
    }

    /// <summary>Agents act on the dossiers and sessions of their scope; everyone else only reads.</summary>
    public bool PeutAgir => EstAgent;
}
