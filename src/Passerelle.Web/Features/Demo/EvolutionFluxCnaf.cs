using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// The foyers of the next flux: <see cref="Foyers"/> is all of them (what a monthly flux carries),
/// <see cref="Modifies"/> only the changed and new ones (what a daily flux carries).
/// </summary>
public sealed record EvolutionFoyersCnaf(IReadOnlyList<FoyerCnaf> Foyers, IReadOnlyList<FoyerCnaf> Modifies);

/// <summary>
/// How a département's RSA population moves from one flux to the next, at monthly rates drawn from
/// primer §8 (Drôme: about 6,000 entries and as many exits a year for 16,018 allocataires, so ~3% a
/// month each way): closures, new dossiers, re-openings of closed dossiers (retours when within 12
/// months), suspensions and their lifting, decisions on pending requests and SDD flag changes.
/// </summary>
internal static class EvolutionFluxCnaf
{
    private const double TauxNouveaux = 0.03;

    public static EvolutionFoyersCnaf Evoluer(IReadOnlyList<FoyerCnaf> foyers, DateOnly date, Random h, Func<Random, int, FoyerCnaf> nouveau)
    {
        var suivants = new List<FoyerCnaf>(foyers.Count + (int)(foyers.Count * TauxNouveaux) + 1);
        var modifies = new List<FoyerCnaf>();
        foreach (var foyer in foyers)
        {
            var apres = Changer(h, foyer, date);
            suivants.Add(apres);
            if (!ReferenceEquals(apres, foyer)) modifies.Add(apres);
        }
        var nombre = (int)Math.Round(foyers.Count * TauxNouveaux, MidpointRounding.AwayFromZero);
        for (var i = 0; i < nombre; i++)
        {
            var cree = nouveau(h, i);
            suivants.Add(cree);
            modifies.Add(cree);
        }
        return new EvolutionFoyersCnaf(suivants, modifies);
    }

    /// <summary>A request filed in the last weeks: mostly opened at once, some still awaiting a decision.</summary>
    public static FoyerCnaf Nouveau(Random h, FoyerCnaf genere, DateOnly date)
    {
        var recent = genere with { DateDemande = date.AddDays(-h.Next(5, 40)) };
        return h.Next(10) == 0 ? AvecDroit(recent, new DroitCnaf(EtatsDroit.NouvelleDemande, null, null, [], [], null), _ => false) : Ouvrir(h, recent, date);
    }

    private static FoyerCnaf Changer(Random h, FoyerCnaf f, DateOnly date)
    {
        var tirage = h.NextDouble();
        return f.Droit.Etat switch
        {
            EtatsDroit.OuvertVersable when tirage < 0.03 => Clore(h, f, date),
            EtatsDroit.OuvertVersable when tirage < 0.04 => f with { Droit = h.Next(2) == 0 ? f.Droit with { Etat = EtatsDroit.DroitSuspendu, MotifsSuspension = ["CG"] } : f.Droit with { Etat = EtatsDroit.VersementSuspendu, MotifsSuspension = ["01"] } },
            EtatsDroit.OuvertVersable when tirage < 0.05 => BasculerSdd(h, f),
            EtatsDroit.DroitSuspendu or EtatsDroit.VersementSuspendu when tirage < 0.05 => Clore(h, f, date),
            EtatsDroit.DroitSuspendu or EtatsDroit.VersementSuspendu when tirage < 0.35 => f with { Droit = f.Droit with { Etat = EtatsDroit.OuvertVersable, MotifsSuspension = [] } },
            EtatsDroit.Clos or EtatsDroit.ClosMoisAnterieur when tirage < 0.06 => Ouvrir(h, f, date),
            EtatsDroit.NouvelleDemande when tirage < 0.45 => Ouvrir(h, f, date),
            EtatsDroit.NouvelleDemande when tirage < 0.5 => AvecDroit(f, f.Droit with { Etat = EtatsDroit.Refuse }, _ => false),
            _ => f,
        };
    }

    private static FoyerCnaf Clore(Random h, FoyerCnaf f, DateOnly date) => AvecDroit(f,
        new DroitCnaf(EtatsDroit.Clos, h.Next(3) == 0 ? "MUT" : "ECH", date.AddDays(-h.Next(0, 20)), [], [], null), _ => false);

    /// <summary>Opened and payable; most adults are SDD (primer §2: 13,780 SDD of 23,293 beneficiaries, more among adults).</summary>
    private static FoyerCnaf Ouvrir(Random h, FoyerCnaf f, DateOnly date)
    {
        var parentIsole = f.Personnes.All(p => p.Role != "CJT") && f.Personnes.Any(p => p.Role == "ENF");
        var droit = GenerateurFluxCnaf.Droit(h, date, parentIsole);
        var ouvert = droit with
        {
            Etat = EtatsDroit.OuvertVersable,
            MotifCloture = null,
            DateCloture = null,
            MotifsSuspension = [],
            NaturesPrestation = droit.NaturesPrestation.Count > 0 ? droit.NaturesPrestation : ["RSD"],
            MontantTotal = droit.MontantTotal ?? 607.75m,
        };
        return AvecDroit(f, ouvert, p => p.Role != "ENF" && h.Next(10) < 7);
    }

    private static FoyerCnaf BasculerSdd(Random h, FoyerCnaf f)
    {
        var adultes = f.Personnes.Where(p => p.Role != "ENF" && p.SddTransmis).ToList();
        if (adultes.Count == 0) return f;
        var choisi = adultes[h.Next(adultes.Count)];
        return f with { Personnes = f.Personnes.Select(p => ReferenceEquals(p, choisi) ? p with { SoumisDroitsDevoirs = !p.SoumisDroitsDevoirs } : p).ToList() };
    }

    private static FoyerCnaf AvecDroit(FoyerCnaf f, DroitCnaf droit, Func<PersonneCnaf, bool> sdd) =>
        f with { Droit = droit, Personnes = f.Personnes.Select(p => p with { SoumisDroitsDevoirs = sdd(p) && p.SddTransmis }).ToList() };
}
