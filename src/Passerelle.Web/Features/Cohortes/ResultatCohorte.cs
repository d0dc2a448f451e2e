using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.Cohortes;

/// <summary>A row of a queue as shown: labels resolved, the deadline of the queue and its days late.</summary>
public sealed record ResultatCohorte(int ParcoursId, int Version, int PersonneId, string Nom, string Prenoms, DateOnly DateNaissance,
    string? Commune, DateOnly DateEntree, string Etape, string? Orientation, string? Structure, DateOnly? Echeance, int JoursRetard)
{
    /// <summary>The value of the row's checkbox: the version read travels with the id so a concurrent change is caught.</summary>
    public string Selection => SelectionCohorte.Encoder(ParcoursId, Version);

    public static ResultatCohorte Presenter(LigneCohorte l, FileDeTravail file, DateOnly aujourdhui, Func<string?, string?> commune,
        Func<TypeOrientation, string> nomType, IReadOnlyDictionary<int, string> structures)
    {
        var echeance = file.Echeance(l.EcheanceOrientation, l.EcheancePremierRdv, l.EcheanceContrat, l.EcheanceProchaine);
        return new(l.ParcoursId, l.Version, l.PersonneId, l.Nom, l.Prenoms, l.DateNaissance, commune(l.CodeInsee), l.DateEntree,
            l.Etape.Libelle(), l.TypeOrientation is { } t ? nomType(t) : null,
            l.StructureId is int s ? structures.GetValueOrDefault(s) : null,
            echeance, echeance is DateOnly e && e < aujourdhui ? aujourdhui.DayNumber - e.DayNumber : 0);
    }
}
