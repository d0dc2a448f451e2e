namespace Passerelle.Web.Features.Sorties.PagePersonne;

/// <summary>One exit form of the section: to record an exit, or to confirm a proposed one (<see cref="Ligne"/>, reason and contract pre-filled).</summary>
public sealed record FormulaireSortie(int PersonneId, string Handler, string Prefixe, int Version, int Ligne, MotifSortie? Motif, bool AvecDate, string Bouton,
    TypeContratSortie? TypeContrat = null, int? DureeContratMois = null);
