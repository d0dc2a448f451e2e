using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>
/// One counted row before grouping: the keys it may be broken down by and whether it is in a rate's numerator. Every
/// computation projects its rows to it, then <see cref="CompterAsync"/> groups them by the breakdown asked in one query.
/// </summary>
public sealed class FaitCompte
{
    public int? Territoire { get; init; }
    public int? Structure { get; init; }
    public int? Action { get; init; }
    public int? Fiche { get; init; }
    public TypeOrientation? Type { get; init; }
    public bool Rsa { get; init; }
    public bool Partie { get; init; }

    public static async Task<List<Compte>> CompterAsync(IQueryable<FaitCompte> faits, Ventilation? ventilation, CancellationToken ct)
    {
        var v = ventilation is { } choisie ? (int)choisie : -1;
        var (territoire, structure, action, fiche, type, rsa) = ((int)Ventilation.Territoire, (int)Ventilation.Structure, (int)Ventilation.Action,
            (int)Ventilation.FicheAction, (int)Ventilation.TypeOrientation, (int)Ventilation.Rsa);
        var lignes = await faits.GroupBy(f => new
        {
            Cle = v == territoire ? f.Territoire : v == structure ? f.Structure : v == action ? f.Action : v == fiche ? f.Fiche : v == rsa ? (f.Rsa ? 1 : 0) : null,
            Type = v == type ? f.Type : null,
            f.Partie,
        }).Select(g => new { g.Key.Cle, g.Key.Type, g.Key.Partie, Nombre = g.Count() }).ToListAsync(ct);
        return [.. lignes.Select(l => new Compte(l.Type is { } t ? (int)t : l.Cle, l.Partie, l.Nombre))];
    }
}
