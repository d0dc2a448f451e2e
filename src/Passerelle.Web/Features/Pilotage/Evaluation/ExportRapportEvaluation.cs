using System.Globalization;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform.Export;
using Passerelle.Web.Platform.Pdf;

namespace Passerelle.Web.Features.Pilotage.Evaluation;

/// <summary>The evaluation report as a workbook (one row per indicator, for the pilots' own tables) and as a printable PDF for the comités.</summary>
public static class ExportRapportEvaluation
{
    private sealed record Ligne(FicheEvaluee Fiche, LigneEvaluation? Indicateur);

    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly ColonneExport<Ligne>[] Colonnes =
    [
        new("Fiche-action", l => l.Fiche.Code),
        new("Intitulé de la fiche", l => l.Fiche.Titre),
        new("Pilote", l => l.Fiche.Pilote),
        new("Indicateur", l => l.Indicateur?.Libelle),
        new("Unité", l => l.Indicateur?.Unite.Libelle()),
        new("Source", l => l.Indicateur?.Source.Libelle()),
        new("Cible", l => Nombre(l.Indicateur?.Cible)),
        new("Réalisé", l => l.Indicateur?.Realise is { } r ? r.Texte ?? Nombre(r.Valeur) : null),
        new("Atteinte", l => l.Indicateur?.Atteinte.Libelle()),
        new("Origine du réalisé", l => l.Indicateur?.Realise?.Origine),
        new("Commentaire", l => l.Indicateur?.Realise?.Commentaire),
        new("Appréciation du pilote", l => l.Fiche.Appreciation),
    ];

    public static string NomFichier(RapportEvaluation r, string extension) => $"evaluation-{r.Code}-{r.Annee}.{extension}";

    public static async Task<byte[]> XlsxAsync(RapportEvaluation rapport, CancellationToken ct)
    {
        var lignes = rapport.Fiches.SelectMany(f => f.Indicateurs.Count == 0 ? [new Ligne(f, null)] : f.Indicateurs.Select(i => new Ligne(f, i)));
        using var flux = new MemoryStream();
        await EcritureTableur.XlsxAsync(lignes, Colonnes, $"Évaluation {rapport.Annee}", flux, ct);
        return flux.ToArray();
    }

    public static byte[] Pdf(RapportEvaluation rapport)
    {
        using var document = MiseEnPageA4.Document($"Évaluation {rapport.Annee} — {rapport.Titre}");
        var mise = new MiseEnPageA4(document);
        mise.NouvellePage();
        mise.Paragraphe($"Rapport d'évaluation {rapport.Annee}", MiseEnPageA4.Titre);
        mise.Paragraphe($"{rapport.Titre} ({rapport.Debut.Year}-{rapport.Fin.Year})", MiseEnPageA4.SousTitre);
        var s = rapport.Synthese;
        mise.Paragraphe($"{s.Indicateurs} indicateurs : {s.Atteints} cibles atteintes, {s.NonAtteints} non atteintes, {s.SansCible} sans cible, " +
            $"{s.Qualitatifs} qualitatifs renseignés, {s.NonRenseignes} non renseignés.", MiseEnPageA4.Texte);
        foreach (var fiche in rapport.Fiches)
        {
            mise.Espace(10);
            mise.Paragraphe($"{fiche.Code} — {fiche.Titre}", MiseEnPageA4.SousTitre);
            if (fiche.Pilote.Length > 0) mise.Paragraphe($"Pilote : {fiche.Pilote}", MiseEnPageA4.Texte);
            foreach (var i in fiche.Indicateurs)
            {
                mise.Paragraphe($"• {i.Libelle}", MiseEnPageA4.Gras);
                mise.Paragraphe($"Réalisé : {Realise(i)} ; cible : {Nombre(i.Cible) ?? "aucune"} ; {i.Atteinte.Libelle()}", MiseEnPageA4.Texte);
                if (i.Realise?.Commentaire is { } commentaire) mise.Paragraphe($"Commentaire : {commentaire}", MiseEnPageA4.Texte);
            }
            if (fiche.Appreciation is { } appreciation)
            {
                mise.Paragraphe("Appréciation du pilote", MiseEnPageA4.Gras);
                mise.Paragraphes(appreciation, MiseEnPageA4.Texte);
            }
        }
        mise.Terminer();
        return MiseEnPageA4.Octets(document);
    }

    public static string Realise(LigneEvaluation i) => i.Realise is { } r
        ? r.Texte ?? $"{Nombre(r.Valeur)} {i.Unite.Libelle()}"
        : "non renseigné";

    public static string? Nombre(decimal? valeur) => valeur?.ToString("#,0.##", Francais);
}
