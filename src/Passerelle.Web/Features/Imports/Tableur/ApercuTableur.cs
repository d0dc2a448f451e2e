using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports.Tableur;

/// <summary>What the first rows of a file give with a configuration, before anything is imported.</summary>
public sealed record ApercuFichierTableur(
    string NomFichier, string Configuration, IReadOnlyList<string> Entetes, IReadOnlyList<ColonneApercu> Colonnes,
    IReadOnlyList<LigneApercu> Lignes, ErreurFichierCnaf? ErreurFichier, bool Suite)
{
    public int LignesEnErreur => Lignes.Count(l => l.EnErreur);
}

/// <summary>A mapped field; <see cref="Presente"/> is false when the file has no column with the expected header.</summary>
public sealed record ColonneApercu(ChampTableur Champ, string Libelle, string Entete, bool Presente);

public sealed record LigneApercu(int Ligne, IReadOnlyList<CelluleApercu> Cellules, IReadOnlyList<string> Erreurs)
{
    public bool EnErreur => Erreurs.Count > 0 || Cellules.Any(c => c.Erreur is not null);
}

public sealed record CelluleApercu(string Valeur, string? Erreur);

/// <summary>
/// Reads the first rows of a file with the same checks as <see cref="LecteurTableur"/> and lays the
/// errors on the cells they concern, so an agent can fix the mapping or the file before importing.
/// </summary>
public static class ApercuTableur
{
    public const int NombreParDefaut = 20;

    /// <summary>A foyer cut by the preview limit would look as if it lacked its DEM row, so its rows are read to its end (within this margin).</summary>
    private const int MargeFoyer = 30;

    public static ApercuFichierTableur Construire(Stream fichier, string nomFichier, ConfigurationTableur configuration, DateOnly dateReference, int nombre = NombreParDefaut)
    {
        using var lecture = FichierTableur.Ouvrir(fichier, nomFichier, configuration);
        var colonnes = ChampsTableur.Tous
            .Where(d => !string.IsNullOrWhiteSpace(configuration.Colonnes.GetValueOrDefault(d.Champ)))
            .Select(d => new ColonneApercu(d.Champ, d.Libelle, configuration.Colonnes[d.Champ].Trim(), lecture.Index.ContainsKey(d.Champ)))
            .ToList();
        if (lecture.Erreur is not null)
            return new ApercuFichierTableur(nomFichier, configuration.Nom, lecture.Entetes, colonnes, [], lecture.Erreur, false);

        var analyseur = new AnalyseurLigne(lecture, configuration, dateReference);
        var regroupement = new RegroupementFoyers(analyseur);
        var lignes = new List<LigneAnalysee>();
        var erreurs = new List<ErreurLigne>();
        ErreurFichierCnaf? erreurFichier = null;
        var suite = false;
        foreach (var brute in lecture.Lignes())
        {
            if (brute.Fatale)
            {
                erreurFichier = new ErreurFichierCnaf(brute.Numero, brute.Erreur!);
                break;
            }
            var ligne = analyseur.Analyser(brute);
            var memeFoyer = lignes.Count > 0 && ligne[ChampTableur.NumDemRsa] == lignes[^1][ChampTableur.NumDemRsa];
            if (lignes.Count >= nombre && (!memeFoyer || lignes.Count >= nombre + MargeFoyer))
            {
                suite = true;
                break;
            }
            lignes.Add(ligne);
            if (regroupement.Ajouter(ligne) is { } foyer) erreurs.AddRange(foyer.Erreurs());
        }
        if (regroupement.Terminer() is { } dernier) erreurs.AddRange(dernier.Erreurs());

        var parLigne = erreurs.ToLookup(e => e.Ligne);
        var apercu = lignes.Select(l => new LigneApercu(l.Ligne,
            colonnes.Select(c => new CelluleApercu(l[c.Champ], Motifs(parLigne[l.Ligne].Where(e => e.Champ == c.Champ)))).ToList(),
            parLigne[l.Ligne].Where(e => e.Champ is null || colonnes.All(c => c.Champ != e.Champ)).Select(Texte).Distinct().ToList())).ToList();
        return new ApercuFichierTableur(nomFichier, configuration.Nom, lecture.Entetes, colonnes, apercu, erreurFichier, suite);
    }

    /// <summary>The agent must tell what rejects a dossier from what only warns.</summary>
    private static string Texte(ErreurLigne e) => e.Portee == PorteeErreur.Rejet ? e.Motif + " (dossier rejeté)" : e.Motif;

    private static string? Motifs(IEnumerable<ErreurLigne> erreurs)
    {
        var motifs = erreurs.Select(Texte).Distinct().ToList();
        return motifs.Count == 0 ? null : string.Join(" ", motifs);
    }
}
