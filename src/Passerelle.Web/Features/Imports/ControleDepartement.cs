using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports;

public enum DestinationFoyer { Departement, AutreDepartement }

/// <summary>
/// Each InfosFoyerRSA names the département it is sent to (Partenaire/IDEPARTE, "049"). A CAF sends one
/// file per département: when its first foyer names another département the whole file is refused
/// before anything is written. An MSA fund covers several départements in one file: only the
/// département's foyers are taken, the others are counted « hors département ». A foyer without
/// IDEPARTE (spreadsheets) is the département's.
/// </summary>
public sealed class ControleDepartement(string codeDepartement)
{
    private bool premierVu;

    /// <returns>Where the foyer belongs, or the file error when a CAF file is another département's.</returns>
    public (DestinationFoyer Destination, ErreurFichierCnaf? Refus) Verifier(FoyerLu lu)
    {
        var ide = lu.Foyer.Departement;
        if (string.IsNullOrWhiteSpace(ide) || Code(ide) == Code(codeDepartement))
        {
            premierVu = true;
            return (DestinationFoyer.Departement, null);
        }
        if (!premierVu && lu.Foyer.Organisme.Fonction != "MSA")
            return (DestinationFoyer.AutreDepartement, new ErreurFichierCnaf(lu.Ligne,
                $"Ce fichier de la CAF est destiné au département {Code(ide)} (IDEPARTE {ide.Trim()}), pas au {codeDepartement} : il est refusé en entier, aucun dossier n'a été écrit. Déposez-le dans le bon département."));
        premierVu = true;
        return (DestinationFoyer.AutreDepartement, null);
    }

    /// <summary>"049" and "49", "02A" and "2A" are the same département.</summary>
    private static string Code(string code) => code.Trim().TrimStart('0').ToUpperInvariant();
}
