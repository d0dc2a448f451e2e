using Passerelle.Web.Features.Communes;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Structures;

/// <summary>Search and filters shared by the directory, the admin list and the API.</summary>
public sealed record FiltreStructures(string? Q, TypeStructure? Type, int? TerritoireId)
{
    /// <summary>Name, SIRET or commune (name or INSEE code); commune names live in the referential, not the database.</summary>
    public async Task<IQueryable<Structure>> AppliquerAsync(IQueryable<Structure> requete, CommunesDuDepartement communes, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var texte = Q.Trim().ToLower();
            var siret = Siret.Normaliser(Q);
            var codes = (await communes.RechercherAsync(Q, ct)).Select(c => c.CodeInsee).ToList();
            requete = requete.Where(s => s.Nom.ToLower().Contains(texte) || s.Siret.StartsWith(siret) || codes.Contains(s.CodeInsee));
        }
        if (Type is { } type) requete = requete.Where(s => s.Type == type);
        if (TerritoireId is { } territoire) requete = requete.Where(s => s.Territoires.Any(t => t.TerritoireId == territoire));
        return requete;
    }
}

public static class PerimetreStructures
{
    /// <summary>
    /// The structures a user may see, as a query filter (so counts and pages are right): the whole
    /// département, or the structures serving the user's territoires, or the user's own structures.
    /// Mirrors <see cref="Perimetre.PeutVoirStructure"/>, which guards single fiches.
    /// </summary>
    public static IQueryable<Structure> Visibles(this IQueryable<Structure> structures, Perimetre perimetre)
    {
        if (perimetre.ToutLeDepartement) return structures;
        var siennes = perimetre.Structures.ToList();
        var territoires = perimetre.Territoires.ToList();
        return structures.Where(s => siennes.Contains(s.Id) || s.Territoires.Any(t => territoires.Contains(t.TerritoireId)));
    }
}
