using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>
/// One counted row before grouping: the person it is about (the list behind a number), the keys it may be broken down by
/// and whether it is in a rate's numerator. Every
/// computation projects its rows to it (setting <see cref="Partie"/> always: a member left unset does not translate), then
/// <see cref="CompterAsync"/> groups them by the breakdown asked in one query.
/// </summary>
public sealed class FaitCompte
{
    public int? Personne { get; init; }
    public int? Territoire { get; init; }
    public int? Structure { get; init; }
    public int? Action { get; init; }
    public int? Fiche { get; init; }
    public TypeOrientation? Type { get; init; }
    public bool Rsa { get; init; }
    public bool Partie { get; init; }

    public static async Task<List<Compte>> CompterAsync(IQueryable<FaitCompte> faits, Ventilation? ventilation, CancellationToken ct)
    {
        // One query shape per breakdown: a key chosen by a parameter inside the query does not translate.
        var lignes = ventilation switch
        {
            Ventilation.Territoire => faits.GroupBy(f => new { f.Territoire, f.Partie }).Select(g => new LigneCompte { Cle = g.Key.Territoire, Partie = g.Key.Partie, Nombre = g.Count() }),
            Ventilation.Structure => faits.GroupBy(f => new { f.Structure, f.Partie }).Select(g => new LigneCompte { Cle = g.Key.Structure, Partie = g.Key.Partie, Nombre = g.Count() }),
            Ventilation.Action => faits.GroupBy(f => new { f.Action, f.Partie }).Select(g => new LigneCompte { Cle = g.Key.Action, Partie = g.Key.Partie, Nombre = g.Count() }),
            Ventilation.FicheAction => faits.GroupBy(f => new { f.Fiche, f.Partie }).Select(g => new LigneCompte { Cle = g.Key.Fiche, Partie = g.Key.Partie, Nombre = g.Count() }),
            Ventilation.Rsa => faits.GroupBy(f => new { f.Rsa, f.Partie }).Select(g => new LigneCompte { Cle = g.Key.Rsa ? 1 : 0, Partie = g.Key.Partie, Nombre = g.Count() }),
            Ventilation.TypeOrientation => faits.GroupBy(f => new { f.Type, f.Partie }).Select(g => new LigneCompte { Type = g.Key.Type, Partie = g.Key.Partie, Nombre = g.Count() }),
            _ => faits.GroupBy(f => f.Partie).Select(g => new LigneCompte { Partie = g.Key, Nombre = g.Count() }),
        };
        return [.. (await lignes.ToListAsync(ct)).Select(l => new Compte(l.Type is { } t ? (int)t : l.Cle, l.Partie, l.Nombre))];
    }

    private sealed class LigneCompte
    {
        public int? Cle { get; init; }
        public TypeOrientation? Type { get; init; }
        public bool Partie { get; init; }
        public int Nombre { get; init; }
    }
}
