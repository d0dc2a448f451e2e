using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Imports.Tableur;
using Passerelle.Web.Features.Structures;

namespace Passerelle.Web.Features.Clauses;

/// <summary>One refused line of the file: where, which column, why.</summary>
public sealed record ErreurImport(int Ligne, string Colonne, string Motif);

/// <summary>A person the file puts on a contract they were not on: <paramref name="Nouveau"/> when the département's clauses did not know them.</summary>
public sealed record InscriptionImport(int Ligne, string Marche, string Nom, string Prenom, DateOnly DateNaissance, bool Nouveau, bool Rattache);

/// <param name="Verification">The file was only checked: <paramref name="Inscriptions"/> and the message say what its import would do.</param>
public sealed record ResultatImportHeures(bool Reussi, string Message, IReadOnlyList<ErreurImport> Erreurs, IReadOnlyList<InscriptionImport>? Inscriptions = null,
    bool Verification = false)
{
    public int ParticipantsCrees => Inscriptions?.Count(i => i.Nouveau) ?? 0;
}

/// <summary>
/// Imports a facilitator's spreadsheet of monthly hours (numéro de marché, nom, prénom, date de naissance, mois MM/AAAA,
/// heures, SIRET de l'employeur, NIR) all or nothing: every line is read and checked, each bad cell reported with its line
/// and column. A person not yet on the contract is registered on it by <see cref="ServiceParticipants"/>, as the form does
/// (a new participant of public « autre », linked to their parcours when it is found), then the hours are recorded by
/// <see cref="EnregistrementHeures"/>; all in one transaction, rolled back when a line is refused or when the file is only
/// being checked.
/// </summary>
public sealed class ImportHeuresClause(AppDbContext db, AccesClauses acces, ServiceParticipants service, EnregistrementHeures enregistrement)
{
    public const int LignesMaximum = 20_000;

    private static readonly string[] FormatsMois = ["MM/yyyy", "M/yyyy", "yyyy-MM"];

    private sealed record LigneLue(int Numero, int MarcheId, string Marche, string Nom, string Prenom, DateOnly Naissance, string? Nir, DateOnly Mois, decimal Heures,
        int? EmployeurId, int? StructureId, bool SiretDonne);

    public async Task<ResultatImportHeures> ImporterAsync(Stream flux, string nomFichier, bool verification, CancellationToken ct)
    {
        using var tableur = FeuilleTableur.Ouvrir(flux, nomFichier, ColonnesHeures.Toutes);
        if (tableur.Erreur is { } illisible) return new(false, $"Ligne {illisible.Ligne} : {illisible.Motif}", []);
        var feuille = tableur.Lignes().Where(l => l.Erreur is not null || l.Valeurs.Values.Any(v => v.Length > 0)).ToList();
        if (feuille.Count == 0) return new(false, "Le fichier ne contient aucune ligne d'heures sous ses en-têtes.", []);
        if (feuille.Count > LignesMaximum) return new(false, $"Le fichier dépasse {LignesMaximum} lignes : découpez-le par mois.", []);

        var erreurs = new List<ErreurImport>();
        var lues = await LireAsync(tableur, feuille, erreurs, ct);
        if (erreurs.Count > 0) return Refus(erreurs);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (lignes, inscriptions) = await InscrireAsync(lues, erreurs, ct);
        if (erreurs.Count == 0 && await enregistrement.EnregistrerAsync(lignes, ct) is { Resultat.Reussi: false } ecriture)
            erreurs.AddRange(ecriture.Erreurs.Select(e => new ErreurImport(int.Parse(e.Key, CultureInfo.InvariantCulture), ecriture.Colonnes?.GetValueOrDefault(e.Key) ?? "heures", e.Value)));
        if (erreurs.Count > 0 || verification)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            if (erreurs.Count > 0) return Refus(erreurs);
        }
        else await transaction.CommitAsync(ct);
        return new(true, Bilan(lignes, inscriptions, verification), [], inscriptions, verification);
    }

    private async Task<List<LigneLue>> LireAsync(FeuilleTableur tableur, List<LigneFeuille> feuille, List<ErreurImport> erreurs, CancellationToken ct)
    {
        var marches = await acces.Atteints(db.Set<MarcheClause>()).Select(m => new { m.Id, m.Numero }).ToDictionaryAsync(m => m.Numero, m => m.Id, StringComparer.OrdinalIgnoreCase, ct);
        var sirets = feuille.Select(l => Siret.Normaliser(l[ColonnesHeures.Siret])).Where(s => s.Length > 0).Distinct().ToList();
        var employeurs = await db.Set<Employeurs.Employeur>().Where(e => sirets.Contains(e.Siret)).Select(e => new { e.Id, e.Siret }).ToDictionaryAsync(e => e.Siret, e => e.Id, ct);
        var siae = (await db.Structures.Where(s => sirets.Contains(s.Siret) && ChoixMarche.TypesSiae.Contains(s.Type)).Select(s => new { s.Id, s.Siret }).ToListAsync(ct))
            .GroupBy(s => s.Siret).ToDictionary(g => g.Key, g => g.First().Id);
        var lues = new List<LigneLue>();
        foreach (var l in feuille)
        {
            if (l.Erreur is not null) { erreurs.Add(new(l.Numero, "—", l.Erreur)); continue; }
            string Cellule(string c) => l[c].Trim();
            void Refuser(string c, string motif) => erreurs.Add(new(l.Numero, ColonnesHeures.Libelle(c), motif));
            var avant = erreurs.Count;
            if (!marches.TryGetValue(Cellule(ColonnesHeures.Marche), out var marche))
                Refuser(ColonnesHeures.Marche, Cellule(ColonnesHeures.Marche) is { Length: > 0 } n ? $"Aucun marché n° {n} dans votre périmètre." : "Le numéro de marché est vide.");
            if (Cellule(ColonnesHeures.Nom).Length == 0) Refuser(ColonnesHeures.Nom, "Le nom est vide.");
            if (Cellule(ColonnesHeures.Prenom).Length == 0) Refuser(ColonnesHeures.Prenom, "Le prénom est vide.");
            var naissance = tableur.Date(Cellule(ColonnesHeures.Naissance));
            if (naissance is null) Refuser(ColonnesHeures.Naissance, $"« {Cellule(ColonnesHeures.Naissance)} » n'est pas une date JJ/MM/AAAA.");
            var mois = Mois(tableur, Cellule(ColonnesHeures.Mois));
            if (mois is null) Refuser(ColonnesHeures.Mois, $"« {Cellule(ColonnesHeures.Mois)} » n'est pas un mois MM/AAAA.");
            var heures = Heures(Cellule(ColonnesHeures.Heures));
            if (heures is null) Refuser(ColonnesHeures.Heures, $"« {Cellule(ColonnesHeures.Heures)} » n'est pas un nombre d'heures (p. ex. 35 ou 17,5).");
            var nir = Cellule(ColonnesHeures.Nir);
            if (Nir.Lire(nir) is { Complet: null, Anomalie: { } anomalie }) Refuser(ColonnesHeures.Nir, anomalie);
            int? employeur = null, structure = null;
            var siret = Siret.Normaliser(Cellule(ColonnesHeures.Siret));
            if (siret.Length > 0)
            {
                if (Siret.Verifier(siret) is { } faux) Refuser(ColonnesHeures.Siret, faux);
                else if (employeurs.TryGetValue(siret, out var e)) employeur = e;
                else if (siae.TryGetValue(siret, out var s)) structure = s;
                else Refuser(ColonnesHeures.Siret, $"Aucun employeur ni SIAE du département n'a le SIRET {siret}.");
            }
            if (erreurs.Count == avant)
                lues.Add(new LigneLue(l.Numero, marche, Cellule(ColonnesHeures.Marche), Cellule(ColonnesHeures.Nom), Cellule(ColonnesHeures.Prenom), naissance!.Value,
                    nir.Length > 0 ? nir : null, mois!.Value, heures!.Value, employeur, structure, siret.Length > 0));
        }
        return lues;
    }

    /// <summary>Registers, once per contract, each person of the file not yet on it; a refusal is the line's, under the column of the refused field.</summary>
    private async Task<(List<LigneHeures> Lignes, List<InscriptionImport> Inscriptions)> InscrireAsync(List<LigneLue> lues, List<ErreurImport> erreurs, CancellationToken ct)
    {
        var idsMarches = lues.Select(l => l.MarcheId).Distinct().ToList();
        var participants = (await db.Set<ParticipantClause>().Select(p => new { p.Id, p.Cle, p.DateNaissance }).ToListAsync(ct))
            .ToDictionary(p => (p.Cle, p.DateNaissance), p => p.Id);
        var inscrits = (await db.Set<ParticipationClause>().Where(p => idsMarches.Contains(p.MarcheClauseId)).Select(p => new { p.MarcheClauseId, p.ParticipantClauseId }).ToListAsync(ct))
            .Select(p => (p.MarcheClauseId, p.ParticipantClauseId)).ToHashSet();
        var lignes = new List<LigneHeures>();
        var nouvelles = new List<(int ParticipantId, InscriptionImport Inscription)>();
        foreach (var l in lues)
        {
            var cle = (NormalisationNom.CleIdentite(l.Nom, l.Prenom), l.Naissance);
            var connu = participants.TryGetValue(cle, out var id);
            if (!connu || !inscrits.Contains((l.MarcheId, id)))
            {
                var employeur = l.EmployeurId is int e ? $"employeur-{e}" : l.StructureId is int s ? $"structure-{s}" : null;
                var ecriture = await service.InscrireAsync(l.MarcheId, new SaisieParticipant(l.Nom, l.Prenom, l.Naissance, null, employeur, l.Nir), ct);
                if (ecriture.Id is not int inscrit)
                {
                    erreurs.AddRange(ecriture.Erreurs.Count == 0 ? [new(l.Numero, ColonnesHeures.Libelle(ColonnesHeures.Nom), ecriture.Resultat.Message)]
                        : ecriture.Erreurs.Select(x => new ErreurImport(l.Numero, ColonnesHeures.Libelle(Colonne(x.Key)), x.Value)));
                    continue;
                }
                (id, participants[cle]) = (inscrit, inscrit);
                inscrits.Add((l.MarcheId, id));
                nouvelles.Add((id, new InscriptionImport(l.Numero, l.Marche, l.Nom, l.Prenom, l.Naissance, !connu, false)));
            }
            lignes.Add(new LigneHeures(l.Numero.ToString(CultureInfo.InvariantCulture), l.MarcheId, id, l.Mois, l.Heures, l.EmployeurId, l.StructureId, l.SiretDonne));
        }
        var ids = nouvelles.Select(n => n.ParticipantId).ToList();
        var rattaches = await db.Set<ParticipantClause>().Where(p => ids.Contains(p.Id) && p.PersonneId != null).Select(p => p.Id).ToListAsync(ct);
        return (lignes, [.. nouvelles.Select(n => n.Inscription with { Rattache = rattaches.Contains(n.ParticipantId) })]);
    }

    private static string Colonne(string champ) => champ switch
    {
        nameof(SaisieParticipant.Prenom) => ColonnesHeures.Prenom,
        nameof(SaisieParticipant.DateNaissance) => ColonnesHeures.Naissance,
        nameof(SaisieParticipant.Employeur) => ColonnesHeures.Siret,
        nameof(SaisieParticipant.Nir) => ColonnesHeures.Nir,
        _ => ColonnesHeures.Nom,
    };

    private static string Bilan(List<LigneHeures> lignes, List<InscriptionImport> inscriptions, bool verification)
    {
        var (crees, autres, rattaches) = (inscriptions.Count(i => i.Nouveau), inscriptions.Count(i => !i.Nouveau), inscriptions.Count(i => i.Rattache));
        var heures = ReglesHeuresClause.Heures(lignes.Sum(l => l.Heures ?? 0));
        var participants = $"{crees} participant(s) {(verification ? "seraient créé(s)" : "créé(s)")}"
            + (rattaches > 0 ? $" dont {rattaches} rattaché(s) à leur parcours" : "")
            + (autres > 0 ? $", {autres} participant(s) déjà connu(s) {(verification ? "seraient inscrit(s)" : "inscrit(s)")} sur un autre marché" : "");
        return verification
            ? $"Vérification seulement, rien n'a été enregistré : {lignes.Count} ligne(s) seraient enregistrée(s), {heures} h au total ; {participants}."
            : $"{lignes.Count} ligne(s) enregistrée(s), {heures} h au total ; {participants}.";
    }

    private static ResultatImportHeures Refus(List<ErreurImport> erreurs) =>
        new(false, $"{erreurs.Select(e => e.Ligne).Distinct().Count()} ligne(s) refusée(s) : rien n'a été importé. Corrigez le fichier, puis importez-le à nouveau.",
            [.. erreurs.OrderBy(e => e.Ligne)]);

    private static DateOnly? Mois(FeuilleTableur tableur, string texte)
    {
        if (DateOnly.TryParseExact(texte, FormatsMois, CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)) return m;
        // A month typed in a spreadsheet often arrives as a date (the first of the month), or its serial number.
        return tableur.Date(texte) is DateOnly d ? new DateOnly(d.Year, d.Month, 1) : null;
    }

    private static decimal? Heures(string texte) =>
        decimal.TryParse(texte.Replace(',', '.').Replace(" ", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var h) ? h : null;
}
