using Passerelle.Web.Platform.Securite;
namespace Passerelle.Web.Features.Imports;

/// <summary>What the progress page and the API show of a run: figures, percent, speed and remaining time.</summary>
public sealed record ProgressionImport(
    int Id, string Type, string NomFichier, string Statut, string LibelleStatut, bool Fini, int Pourcentage, double FoyersParSeconde,
    int? SecondesRestantes, int Crees, int MisAJour, int Inchanges, int Ignores, int Rejetes, int NouveauxEntrants, int Sorties, int Retours,
    string? ErreurFichier, DateTime CreeLe, DateTime? FinLe, int HorsDepartement, int FoyersLus, int DossiersAvertis, int Avertissements,
    int DejaAppliques, int? RepriseDeId)
{
    public static ProgressionImport De(ImportFichier i, DateTime maintenant)
    {
        var traites = i.FoyersLus;
        var duree = ((i.FinLe ?? maintenant) - (i.DebutLe ?? maintenant)).TotalSeconds;
        var vitesse = duree > 0.5 ? traites / duree : 0;
        var part = i.Taille > 0 ? Math.Clamp((double)i.OctetsLus / i.Taille, 0, 1) : 0;
        int? reste = !i.EstFini && part > 0.01 && duree > 0.5 ? (int)Math.Ceiling(duree * (1 - part) / part) : null;
        return new ProgressionImport(i.Id, i.Type == TypeImport.Cnaf ? "Flux CNAF/MSA" : "Tableur", i.NomFichier, i.Statut.ToString(),
            RapportImport.Libelle(i.Statut), i.EstFini, i.EstFini && i.Statut == StatutImport.Termine ? 100 : (int)(part * 100), Math.Round(vitesse, 1), reste,
            i.Crees, i.MisAJour, i.Inchanges, i.Ignores, i.Rejetes, i.NouveauxEntrants, i.Sorties, i.Retours, i.ErreurFichier, i.CreeLe, i.FinLe,
            i.HorsDepartement, i.FoyersLus, i.DossiersAvertis, i.Avertissements, i.DejaAppliques, i.RepriseDeId);
    }
}
