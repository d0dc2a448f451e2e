using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Indicateurs;
using Passerelle.Web.Features.Indicateurs.Secret;
using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>A grouped count: the breakdown's key (null: none) and, for a rate, whether the row is in the numerator.</summary>
public sealed record Compte(int? Cle, bool Partie, int Nombre);

/// <summary>
/// Turns the rows of one grouped query into a value and its breakdown: names each key, and under statistical secrecy
/// masks every count of people under 5 and, when a single row is masked, the next smallest too (the total minus the
/// published rows would give it back).
/// </summary>
public sealed class Regroupement(AppDbContext db)
{
    public async Task<ValeurCalculee> NombreAsync(IReadOnlyList<Compte> comptes, RequeteIndicateur requete, bool personnes, CancellationToken ct)
    {
        var total = comptes.Sum(c => c.Nombre);
        var lignes = requete.Ventilation is { } v ? await LignesAsync(v, comptes, false, ct) : [];
        if (!personnes || !requete.Portee.Secret) return ValeurCalculee.Nombre(total, lignes);
        return total < SecretStatistique.Seuil ? Masque(lignes) : ValeurCalculee.Nombre(total, Masquer(lignes));
    }

    public async Task<ValeurCalculee> TauxAsync(IReadOnlyList<Compte> comptes, RequeteIndicateur requete, CancellationToken ct)
    {
        var (partie, total) = (comptes.Where(c => c.Partie).Sum(c => c.Nombre), comptes.Sum(c => c.Nombre));
        var lignes = requete.Ventilation is { } v ? await LignesAsync(v, comptes, true, ct) : [];
        if (!requete.Portee.Secret) return ValeurCalculee.Taux(partie, total, lignes);
        return partie < SecretStatistique.Seuil || total - partie is > 0 and < SecretStatistique.Seuil ? Masque(lignes) : ValeurCalculee.Taux(partie, total, Masquer(lignes));
    }

    private static ValeurCalculee Masque(IReadOnlyList<LigneValeur> lignes) =>
        new(null, null, null, [.. lignes.Select(l => l with { Valeur = null, Numerateur = null, Denominateur = null, Masquee = true })], null, true);

    private static List<LigneValeur> Masquer(IReadOnlyList<LigneValeur> lignes)
    {
        int Effectif(LigneValeur l) => l.Numerateur ?? (int)(l.Valeur ?? 0);
        var masquees = lignes.Where(l => Effectif(l) < SecretStatistique.Seuil).ToHashSet();
        if (masquees.Count == 1 && lignes.Except(masquees).OrderBy(Effectif).FirstOrDefault() is { } complement) masquees.Add(complement);
        return [.. lignes.Select(l => masquees.Contains(l) ? l with { Valeur = null, Numerateur = null, Denominateur = null, Masquee = true } : l)];
    }

    private async Task<List<LigneValeur>> LignesAsync(Ventilation ventilation, IReadOnlyList<Compte> comptes, bool taux, CancellationToken ct)
    {
        var noms = await NomsAsync(ventilation, [.. comptes.Select(c => c.Cle).OfType<int>().Distinct()], ct);
        return [.. comptes.GroupBy(c => c.Cle).Select(g =>
            {
                var (partie, total) = (g.Where(c => c.Partie).Sum(c => c.Nombre), g.Sum(c => c.Nombre));
                var libelle = Nommer(g.Key, noms);
                return taux ? new LigneValeur(libelle, ValeurCalculee.Pourcentage(partie, total), partie, total, Cle: g.Key) : new LigneValeur(libelle, total, Cle: g.Key);
            }).OrderBy(l => l.Libelle, StringComparer.Ordinal)];
    }

    public static string Nommer(int? cle, Dictionary<int, string> noms) => cle is int c ? noms.GetValueOrDefault(c, $"n° {c}") : "non renseigné";

    public async Task<Dictionary<int, string>> NomsAsync(Ventilation ventilation, List<int> cles, CancellationToken ct) => ventilation switch
    {
        Ventilation.Territoire => await db.Territoires.Where(t => cles.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Nom, ct),
        Ventilation.Structure => await db.Structures.Where(s => cles.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Nom, ct),
        Ventilation.Action => await db.Set<Offre.ActionInsertion>().Where(a => cles.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Nom, ct),
        Ventilation.FicheAction => await db.Set<Programmes.ElementProgramme>().Where(e => cles.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => $"{e.Code} {e.Titre}", ct),
        Ventilation.TypeOrientation => cles.ToDictionary(c => c, c => ((TypeOrientation)c).LibelleNational()),
        Ventilation.Rsa => cles.ToDictionary(c => c, c => c == 1 ? "bénéficiaires du RSA" : "hors RSA"),
        _ => [],
    };

    /// <summary>Restricts to the scope's territoires, when it has some.</summary>
    public static IQueryable<T> DansLaPortee<T>(IQueryable<T> lignes, Portee portee, System.Linq.Expressions.Expression<Func<T, int?>> territoire)
    {
        if (portee.Territoires is not { } territoires) return lignes;
        var parametre = territoire.Parameters[0];
        var corps = System.Linq.Expressions.Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int?)],
            System.Linq.Expressions.Expression.Constant(territoires.Select(t => (int?)t).ToList()), territoire.Body);
        return lignes.Where(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(corps, parametre));
    }
}
