using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
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
/// <item>a référent sees the persons of their portefeuille (open designations to them) and the
/// dossiers these persons belong to, a structure head their structure's caseload
/// (<see cref="PersonnesSuivies"/>); operators (prescriptions) and EP members (session agendas)
/// will reach theirs with those features and see none today;</item>
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
    private readonly IQueryable<int> personnesSuivies;

    /// <param name="designations">Open and closed designations of the département; only the open ones of the user's caseload count.</param>
    /// <param name="parcours">When given, a structure head also reaches the persons oriented to their structure and waiting for a référent (they assign them).</param>
    public PerimetreDossiers(IReadOnlyList<HabilitationCourante> habilitations, string? utilisateurId, IQueryable<DesignationReferent> designations,
        IQueryable<Orientation.Parcours>? parcours = null)
    {
        var agent = habilitations.Where(h => h.Role == Role.AgentDepartemental).ToList();
        toutLeDepartement = agent.Any(h => h.TerritoireId is null);
        territoires = agent.Where(h => h.TerritoireId is not null).Select(h => h.TerritoireId!.Value).Distinct().ToList();
        PeutVoirNir = habilitations.Any(h => RolesNir.Contains(h.Role));
        var referent = habilitations.Any(h => h.Role == Role.Referent) ? utilisateurId : null;
        var structures = habilitations.Where(h => h.Role == Role.ResponsableStructure && h.StructureId is not null).Select(h => h.StructureId!.Value).ToList();
        personnesSuivies = designations
            .Where(d => d.DateFin == null && ((referent != null && d.ReferentId == referent) || structures.Contains(d.StructureId)))
            .Select(d => d.PersonneId);
        Cle = toutLeDepartement ? "departement"
            : $"territoires={string.Join(',', territoires.Order())};referent={referent};structures={string.Join(',', structures.Order())};attente={parcours is not null}";
        if (parcours is not null && structures.Count > 0)
            personnesSuivies = personnesSuivies.Concat(parcours
                .Where(p => p.DateCloture == null && p.ReferentId == null && p.StructureId != null && structures.Contains(p.StructureId.Value))
                .Select(p => p.PersonneId));
    }

    public static PerimetreDossiers De(CurrentUser user, AppDbContext db) =>
        new(user.Habilitations, user.Id, db.Set<DesignationReferent>(), db.Set<Orientation.Parcours>());

    public bool PeutVoirNir { get; }

    /// <summary>What the scope depends on, for caching what is computed within it: the whole département, or these territoires, caseload and structures.</summary>
    public string Cle { get; }

    /// <summary>Whether the user may pick this territoire as a search or queue criterion.</summary>
    public bool Couvre(int territoireId) => toutLeDepartement || territoires.Contains(territoireId);

    /// <summary>
    /// The persons reached through a follow-up rather than through a territoire: a référent's
    /// portefeuille (open designations to them) and a structure head's structure caseload.
    /// Operators (prescriptions) and EP members (session agendas) will add theirs with those features.
    /// </summary>
    public IQueryable<int> PersonnesSuivies => personnesSuivies;

    public IQueryable<DossierRsa> Filtrer(IQueryable<DossierRsa> dossiers)
    {
        if (toutLeDepartement) return dossiers;
        var suivies = personnesSuivies;
        return dossiers.Where(d => (d.TerritoireId != null && territoires.Contains(d.TerritoireId.Value))
            || d.Membres.Any(m => suivies.Contains(m.PersonneId)));
    }

    /// <summary>Persons are seen through their current dossier: the one whose data the search shows and links to.</summary>
    public IQueryable<Personne> Filtrer(IQueryable<Personne> personnes)
    {
        if (toutLeDepartement) return personnes.Where(p => p.DossierCourantId != null);
        var suivies = personnesSuivies;
        return personnes.Where(p => p.DossierCourant != null
            && ((p.DossierCourant.TerritoireId != null && territoires.Contains(p.DossierCourant.TerritoireId.Value)) || suivies.Contains(p.Id)));
    }

    /// <summary>Parcours by the same rule: the territoire copied from the current dossier, or a followed person.</summary>
    public IQueryable<Parcours> Filtrer(IQueryable<Parcours> parcours)
    {
        if (toutLeDepartement) return parcours;
        var suivies = personnesSuivies;
        return parcours.Where(p => (p.TerritoireId != null && territoires.Contains(p.TerritoireId.Value)) || suivies.Contains(p.PersonneId));
    }

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
