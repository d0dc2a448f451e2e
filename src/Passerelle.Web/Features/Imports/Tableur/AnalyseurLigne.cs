using System.Globalization;
using Passerelle.Web.Features.Dossiers.Avertissements;
using Passerelle.Web.Features.Dossiers.Cnaf;
using static Passerelle.Web.Features.Imports.Tableur.ChampTableur;

namespace Passerelle.Web.Features.Imports.Tableur;

/// <summary>What a row problem does to its dossier (docs/imports-cnaf.md).</summary>
public enum PorteeErreur
{
    /// <summary>The dossier cannot be applied (no NUMDEMRSA, malformed row, dossier split across the file).</summary>
    Rejet,
    /// <summary>A warning on the dossier; the value takes its fallback.</summary>
    Avertissement,
    /// <summary>Shown in the preview; the foyer check (ControleFoyer, Nir.Lire) warns about it on the built foyer.</summary>
    Reverifiee,
}

/// <summary>A problem on one row; <see cref="Colonne"/> is the header as written in the file.</summary>
public sealed record ErreurLigne(int Ligne, ChampTableur? Champ, string? Colonne, string? Valeur, string Motif, PorteeErreur Portee = PorteeErreur.Avertissement,
    NatureAvertissement Nature = NatureAvertissement.ValeurIllisible);

/// <summary>One data row: the trimmed text of each mapped field (empty when unmapped) and what is wrong with it.</summary>
internal sealed record LigneAnalysee(int Ligne, string[] Valeurs, IReadOnlyList<ErreurLigne> Erreurs)
{
    public string this[ChampTableur champ] => Valeurs[(int)champ];
}

/// <summary>
/// Checks one row with the same code lists as the XML flux (<see cref="CodesCnaf"/>, <see cref="Dossiers.Nir"/>) plus what a
/// spreadsheet adds: required cells, configured date formats, dates after the reference date. Only a missing or
/// over-long NUMDEMRSA and a malformed row reject the dossier; the rest are warnings with a fallback.
/// </summary>
internal sealed class AnalyseurLigne(FichierTableur fichier, ConfigurationTableur configuration, DateOnly dateReference)
{
    private static readonly int NombreChamps = Enum.GetValues<ChampTableur>().Length;
    private static readonly HashSet<string> Natures = new(["RSD", "RSI", "RCD", "RCI"], StringComparer.Ordinal);

    /// <summary>Checked again on the built foyer, which warns with the fallback it applies.</summary>
    private static readonly HashSet<ChampTableur> Reverifies =
        [NumOrg, SituationFamille, Civilite, MotifCloture, Organisme, Role, ChampTableur.Nir, Sexe, EtatDossier];

    public IReadOnlyList<string> Formats { get; } = configuration.ListeFormatsDate();
    public bool SeriesExcel => fichier.SeriesExcel;
    public DateOnly DateReference => dateReference;

    public LigneAnalysee Analyser(LigneBrute ligne)
    {
        var valeurs = new string[NombreChamps];
        Array.Fill(valeurs, "");
        foreach (var (champ, i) in fichier.Index) valeurs[(int)champ] = ligne.Cellule(i);
        var erreurs = new List<ErreurLigne>();
        if (ligne.Erreur is not null) erreurs.Add(new ErreurLigne(ligne.Numero, null, null, null, ligne.Erreur, PorteeErreur.Rejet));
        foreach (var definition in ChampsTableur.Tous)
        {
            var (champ, valeur) = (definition.Champ, valeurs[(int)definition.Champ]);
            var motif = valeur.Length == 0
                ? definition.Obligatoire ? $"Cellule obligatoire vide : {definition.Libelle}.{Repli(champ)}" : null
                : Verifier(champ, valeur);
            if (motif is null) continue;
            var portee = champ == NumDemRsa ? PorteeErreur.Rejet
                : Reverifies.Contains(champ) || valeur.Length > 0 && champ is DateDemande or DateNaissance && Date(valeur) is not null ? PorteeErreur.Reverifiee
                : PorteeErreur.Avertissement;
            var nature = champ == DateNaissance && Date(valeur) is null ? NatureAvertissement.PersonneIgnoree
                : valeur.Length == 0 ? NatureAvertissement.InformationAbsente : NatureAvertissement.ValeurIllisible;
            erreurs.Add(new ErreurLigne(ligne.Numero, champ, Colonne(champ), valeur, motif, portee, nature));
        }
        return new LigneAnalysee(ligne.Numero, valeurs, erreurs);
    }

    /// <summary>What the import does instead, said after the reason (docs/imports-cnaf.md).</summary>
    private string Repli(ChampTableur champ) => champ switch
    {
        NumDemRsa => " Le dossier est rejeté.",
        DateDemande => $" La date de référence ({ConversionCnaf.DateFr(dateReference)}) est retenue.",
        DateNaissance => " La personne n'est pas importée, la date de naissance servant à la reconnaître.",
        CodeInsee => " Le dossier n'a ni commune ni territoire.",
        Role or Sexe or EtatDossier => "",
        _ => " Elle reste vide.",
    };

    /// <summary>The header of the field's column as the file spells it.</summary>
    public string Colonne(ChampTableur champ) =>
        fichier.Index.TryGetValue(champ, out var i) ? fichier.Entetes[i] : configuration.Colonnes.GetValueOrDefault(champ, "");

    public DateOnly? Date(string valeur) => valeur.Length == 0 ? null : ValeursTableur.Date(valeur, Formats, SeriesExcel);

    private string? Verifier(ChampTableur champ, string valeur) => champ switch
    {
        NumDemRsa => Longueur(valeur, 11) is { } motif ? motif + Repli(NumDemRsa) : null,
        NumOrg or SituationFamille or Civilite or MotifCloture => Longueur(valeur, 3),
        DateDemande or DateNaissance => VerifierDate(valeur, futurInterdit: true) is { } motif ? motif + (Date(valeur) is null ? Repli(champ) : "") : null,
        DateCloture => VerifierDate(valeur, futurInterdit: false) is { } illisible ? illisible + " Elle reste vide." : null,
        Organisme => CodesCnaf.Verifier("FONORG", valeur.ToUpperInvariant()),
        Matricule when valeur.Length > 15 || !valeur.All(char.IsAsciiDigit) => "Le matricule doit comporter 15 chiffres au plus, sans lettre ni espace. Il est gardé tel quel.",
        CodeInsee when !EstCodeInsee(valeur) => "Le code INSEE doit comporter 5 caractères : des chiffres, ou 2A ou 2B suivis de 3 chiffres. Le dossier n'a pas de territoire.",
        CodePostal when valeur.Length != 5 || !valeur.All(char.IsAsciiDigit) => "Le code postal doit comporter 5 chiffres. Il est gardé tel quel.",
        Role => CodesCnaf.Verifier("ROLEPERS", valeur.ToUpperInvariant()),
        Nir => CodesCnaf.Verifier("NIR", valeur),
        Sexe => CodesCnaf.Verifier("SEXE", valeur),
        EtatDossier => CodesCnaf.Verifier("ETATDOSRSA", valeur.ToUpperInvariant()),
        SoumisDroitsDevoirs when ValeursTableur.Booleen(valeur) is null =>
            "Valeur non reconnue pour SDD : Oui, Non, 1, 0, true ou false attendu. L'indicateur déjà connu dans ce dossier est gardé (non soumis à la première apparition).",
        NaturesPrestation when ValeursTableur.Codes(valeur).FirstOrDefault(c => !Natures.Contains(c)) is { } nature =>
            $"Nature de prestation « {nature} » inconnue : RSD, RSI, RCD ou RCI attendu. Elle est gardée telle quelle.",
        MotifsSuspension when ValeursTableur.Codes(valeur).Any(c => c.Length > 3) =>
            "Chaque motif de suspension a 3 caractères au plus ; séparez-les par des virgules. Les motifs trop longs ne sont pas gardés.",
        Montant when ValeursTableur.Montant(valeur) is null => "Montant illisible : un nombre avec au plus deux décimales est attendu, par exemple 607,75. Il reste vide.",
        Email when !EstEmail(valeur) => "Adresse e-mail invalide : elle doit contenir un @ et aucune espace. Elle n'est pas gardée.",
        _ => null,
    };

    private static string? Longueur(string valeur, int maximum) =>
        valeur.Length <= maximum ? null : $"{maximum} caractères au plus sont attendus, la valeur en a {valeur.Length}.";

    public static bool EstEmail(string valeur) => valeur.Contains('@', StringComparison.Ordinal) && !valeur.Any(char.IsWhiteSpace);

    private static bool EstCodeInsee(string valeur) => valeur.Length == 5
        && (valeur.All(char.IsAsciiDigit) || (valeur.ToUpperInvariant() is ['2', 'A' or 'B', ..] && valeur[2..].All(char.IsAsciiDigit)));

    private string? VerifierDate(string valeur, bool futurInterdit)
    {
        if (ValeursTableur.Date(valeur, Formats, SeriesExcel) is not { } date)
            return $"Date illisible : format attendu {string.Join(" ou ", Formats)}.";
        return futurInterdit && date > dateReference
            ? $"Date dans le futur : le {date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} est postérieur à la date de référence ({dateReference.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)})."
            : null;
    }
}
