using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;

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
/// <item>every other reach is a follow-up opened by a feature's <see cref="IAccesPersonnes"/> rule
/// (<see cref="PersonnesSuivies"/>): a référent's portefeuille, a structure head's caseload and
/// waiting list, a follow-up team; the dossiers these persons belong to come with them;</item>
/// <item>administrators (configuration), pilots and readers (aggregates) and beneficiaries (self,
/// not yet linked to a person) see none.</item>
/// </list>
/// </summary>
public sealed class PerimetreDossiers
{
    /// <summary>Roles whose work needs the NIR (matching with partners, CAF exchanges).</summary>
    private static readonly Role[] RolesNir = [Role.AgentDepartemental, Role.Referent, Role.ResponsableStructure];

    private readonly List<int> territoires;
    private readonly IQueryable<int> personnesSuivies;

    /// <param name="acces">What each feature's rule opens to this user (<see cref="IAccesPersonnes"/>).</param>
    public PerimetreDossiers(IReadOnlyList<HabilitationCourante> habilitations, IEnumerable<AccesPersonnes> acces, IQueryable<int> aucune)
    {
        var agent = habilitations.Where(h => h.Role == Role.AgentDepartemental).ToList();
        ToutLeDepartement = agent.Any(h => h.TerritoireId is null);
        territoires = agent.Where(h => h.TerritoireId is not null).Select(h => h.TerritoireId!.Value).Distinct().Order().ToList();
        PeutVoirNir = habilitations.Any(h => RolesNir.Contains(h.Role));
        var ouvertures = acces.ToList();
        personnesSuivies = ouvertures.Count == 0 ? aucune : ouvertures.Skip(1).Aggregate(ouvertures[0].Personnes, (q, a) => q.Concat(a.Personnes));
        Cle = ToutLeDepartement ? "departement"
            : $"territoires={string.Join(',', territoires)};{string.Join(';', ouvertures.Select(a => a.Cle))}";
    }

    public bool PeutVoirNir { get; }

    /// <summary>An agent habilitated on the whole département sees every dossier of it.</summary>
    public bool ToutLeDepartement { get; }

    /// <summary>The territoires of an agent limited to some.</summary>
    public IReadOnlyList<int> Territoires => territoires;

    /// <summary>What the scope depends on, for caching what is computed within it: the whole département, or these territoires and openings.</summary>
    public string Cle { get; }

    /// <summary>Whether the user may pick this territoire as a search or queue criterion.</summary>
    public bool Couvre(int territoireId) => ToutLeDepartement || territoires.Contains(territoireId);

    /// <summary>
    /// The persons reached through a follow-up rather than through a territoire: the union of what
    /// every registered <see cref="IAccesPersonnes"/> opens to the user.
    /// </summary>
    public IQueryable<int> PersonnesSuivies => personnesSuivies;

    public IQueryable<DossierRsa> Filtrer(IQueryable<DossierRsa> dossiers)
    {
        if (ToutLeDepartement) return dossiers;
        var suivies = personnesSuivies;
        if (territoires.Count == 0) return dossiers.Where(d => d.Membres.Any(m => suivies.Contains(m.PersonneId)));
        return dossiers.Where(d => (d.TerritoireId != null && territoires.Contains(d.TerritoireId.Value))
            || d.Membres.Any(m => suivies.Contains(m.PersonneId)));
    }

    /// <summary>
    /// Persons are seen through their current dossier (the one whose data the search shows and links
    /// to), or through a follow-up; a person entered by hand for a public beyond the RSA has no dossier
    /// and is reached département-wide or through the rule of that capability (Features/Publics).
    /// </summary>
    public IQueryable<Personne> Filtrer(IQueryable<Personne> personnes)
    {
        if (ToutLeDepartement) return personnes.Where(p => p.DossierCourantId != null || p.SaisieManuelle);
        var suivies = personnesSuivies;
        // Without territoires (référents, structure heads), no « territoire = ANY('{}') » branch: behind that OR, PostgreSQL
        // joined every dossier of the département to test it (30 of a référent's 38 ms search at 100,000 persons, issue 13).
        if (territoires.Count == 0) return personnes.Where(p => suivies.Contains(p.Id));
        return personnes.Where(p => (p.DossierCourant != null && p.DossierCourant.TerritoireId != null && territoires.Contains(p.DossierCourant.TerritoireId.Value))
            || suivies.Contains(p.Id));
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
