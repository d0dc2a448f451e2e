using System.Globalization;

namespace Passerelle.Web.Features.Imports.Tableur;

/// <summary>
/// Cuts the stream of rows into foyers at each change of NUMDEMRSA. A NUMDEMRSA that comes back after
/// another dossier's rows is refused rather than merged, since its first rows were already handed on.
/// </summary>
internal sealed class RegroupementFoyers(AnalyseurLigne analyseur)
{
    private readonly Dictionary<string, int> vus = new(StringComparer.Ordinal);
    private FoyerTableur? courant;

    /// <summary>The foyer the row closes, if it starts a new one.</summary>
    public FoyerTableur? Ajouter(LigneAnalysee ligne)
    {
        var numero = ligne[ChampTableur.NumDemRsa];
        if (courant is not null && numero.Length > 0 && numero == courant.NumDemRsa)
        {
            courant.Ajouter(ligne);
            return null;
        }
        var termine = courant;
        ErreurLigne? dejaVu = null;
        if (numero.Length > 0 && !vus.TryAdd(numero, ligne.Ligne))
            dejaVu = new ErreurLigne(ligne.Ligne, ChampTableur.NumDemRsa, analyseur.Colonne(ChampTableur.NumDemRsa), numero,
                $"Les lignes du dossier {numero} doivent se suivre ; déjà vu ligne {vus[numero].ToString(CultureInfo.InvariantCulture)}. Ce bloc est rejeté : appliqué, il retirerait du dossier les personnes du premier. Triez le fichier par NUMDEMRSA puis rejouez.",
                PorteeErreur.Rejet);
        courant = new FoyerTableur(analyseur, numero, dejaVu);
        courant.Ajouter(ligne);
        return termine;
    }

    public FoyerTableur? Terminer()
    {
        var termine = courant;
        courant = null;
        return termine;
    }
}
