using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Features.Utilisateurs;

namespace Passerelle.Web.Features.Dossiers;

/// <summary>
/// Which dossiers RSA (and so which persons) a user may see, inside their département (the tenant
/// filter already hides the others), and whether they may read NIRs (primer §1). Every query of
/// dossiers goes through <see cref="Filtrer(IQueryable{DossierRsa})"/> so a page cannot forget it:
/// <list type="bullet">
/// <item>an agent départemental habilitated for the whole département sees every dossier;</item>
/// <item>an agent limited to territoires sees the dossiers whose foyer lies in one of them; a dossier
/// with no territoire (commune attached to none) is visible only département-wide, since no
/// territorial team is in charge of it;</item>
/// <item>référents and structure heads will see their caseload, operators the persons prescribed to
/// their actions, EP members the dossiers on their sessions' agendas: those links do not exist yet
/// (issue 4 and later), so today they see no dossier (<see cref="DossiersSuivis"/>);</item>
/// <item>administrators (configuration), pilots and readers (aggregates) and beneficiaries (self,
/// not yet linked to a person) see none.</item>
/// </list>
/// </summary>
public sealed class PerimetreDossiers
{
    /// <summary>Roles whose work needs the NIR (matching with partners, CAF exchanges).</summary>
    private static readonly Role[] RolesNir = [Role.AgentDepartemental, Role.Referent, Role.ResponsableStructure];

    private readonly bool toutLeDepartement;
    private readonly List<int> territoires;

    public PerimetreDossiers(IReadOnlyList<HabilitationCourante> habilitations)
    {
        var agent = habilitations.Where(h => h.Role == Role.AgentDepartemental).ToList();
        toutLeDepartement = agent.Any(h => h.TerritoireId is null);
        territoires = agent.Where(h => h.TerritoireId is not null).Select(h => h.TerritoireId!.Value).Distinct().ToList();
        PeutVoirNir = habilitations.Any(h => RolesNir.Contains(h.Role));
    }

    public static PerimetreDossiers De(CurrentUser user) => new(user.Habilitations);

    public bool PeutVoirNir { get; }

    /// <summary>
    /// Dossiers reached through a person's follow-up rather than through a territoire: the caseload
    /// of a référent or structure (référent designations, issue 4), prescriptions to an operator's
    /// actions and EP session agendas. Empty until those features exist.
    /// </summary>
    public IReadOnlyList<int> DossiersSuivis { get; } = [];

    public IQueryable<DossierRsa> Filtrer(IQueryable<DossierRsa> dossiers)
    {
        if (toutLeDepartement) return dossiers;
        var suivis = DossiersSuivis;
        return dossiers.Where(d => (d.TerritoireId != null && territoires.Contains(d.TerritoireId.Value)) || suivis.Contains(d.Id));
    }

    /// <summary>Persons are seen through their current dossier: the one whose data the search shows and links to.</summary>
    public IQueryable<Personne> Filtrer(IQueryable<Personne> personnes)
    {
        if (toutLeDepartement) return personnes.Where(p => p.DossierCourantId != null);
        var suivis = DossiersSuivis;
        return personnes.Where(p => p.DossierCourant != null
            && ((p.DossierCourant.TerritoireId != null && territoires.Contains(p.DossierCourant.TerritoireId.Value)) || suivis.Contains(p.DossierCourant.Id)));
    }

    /// <summary>The territoires a user may pick as a search criterion.</summary>
    public IQueryable<Territoire> Filtrer(IQueryable<Territoire> liste) =>
        toutLeDepartement ? liste : liste.Where(t => territoires.Contains(t.Id));

    /// <summary>The NIR as this user may read it, grouped as on a carte Vitale.</summary>
    public string AfficherNir(string? nir) => nir is null ? "" : PeutVoirNir ? FormaterNir(nir) : MasquerNir(nir);

    /// <summary>"1 85 05 78 006 084 36".</summary>
    public static string FormaterNir(string nir)
    {
        var n = Nir.Normaliser(nir);
        return n.Length == Nir.Longueur ? $"{n[..1]} {n[1..3]} {n[3..5]} {n[5..7]} {n[7..10]} {n[10..13]} {n[13..]}" : n;
    }

    /// <summary>Only sex, year and month of birth remain, enough to tell homonyms apart: "1 85 05 •• ••• ••• ••".</summary>
    public static string MasquerNir(string nir)
    {
        var n = Nir.Normaliser(nir);
        return n.Length >= 5 ? $"{n[..1]} {n[1..3]} {n[3..5]} •• ••• ••• ••" : "•• ••• ••• ••";
    }
}
