using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Structures;

public sealed record TerritoireDesservi(int Id, string Nom, bool Actif);

/// <summary>A structure as readers see it (directory fiche, admin detail, API), with the commune named.</summary>
public sealed record FicheStructure(
    int Id, string Nom, string Type, string TypeLibelle, string Siret, string Adresse, string CodeInsee, string Commune,
    string? CodePostal, string? Telephone, string? Email, bool Actif, int Version, IReadOnlyList<TerritoireDesservi> Territoires)
{
    /// <summary>Loads the structure with its territoires: what the resource-based authorization needs.</summary>
    public static Task<Structure?> ChargerAsync(AppDbContext db, int id, CancellationToken ct) =>
        db.Structures.AsNoTracking().Include(s => s.Territoires).ThenInclude(t => t.Territoire).SingleOrDefaultAsync(s => s.Id == id, ct);

    public static FicheStructure Depuis(Structure s, Communes.Communes communes)
    {
        var commune = communes.Trouver(s.CodeInsee);
        return new(s.Id, s.Nom, s.Type.ToString(), s.Type.Libelle(), s.Siret, s.Adresse, s.CodeInsee, commune?.Nom ?? s.CodeInsee,
            commune?.CodePostal, s.Telephone, s.Email, s.Actif, s.Version,
            s.Territoires.Where(t => t.Territoire is not null).Select(t => new TerritoireDesservi(t.TerritoireId, t.Territoire!.Nom, t.Territoire.Actif))
                .OrderBy(t => t.Nom, StringComparer.CurrentCulture).ToList());
    }
}

/// <summary>One row of a structure list.</summary>
public sealed record LigneStructure(int Id, string Nom, string Type, string TypeLibelle, string Siret, string CodeInsee, string Commune, string? Telephone, bool Actif)
{
    public static LigneStructure Depuis(Structure s, Communes.Communes communes) =>
        new(s.Id, s.Nom, s.Type.ToString(), s.Type.Libelle(), s.Siret, s.CodeInsee, communes.Trouver(s.CodeInsee)?.Nom ?? s.CodeInsee, s.Telephone, s.Actif);
}
