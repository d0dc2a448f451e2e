using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.Programmes;

public sealed record ResultatImportProgramme(bool Reussi, string Message, IReadOnlyList<ErreurProgramme> Erreurs, int? ProgrammeId = null);

/// <summary>
/// Imports a programme data file into the current département, all or nothing: the file is checked whole first
/// (<see cref="LectureProgramme"/>), then the programme with the same code is created or brought up to date in one
/// save — elements matched on their code, a new version for each fiche whose content changed, elements no longer
/// in the file removed. Used by the administration page, the API and the demo start-up alike.
/// </summary>
public sealed class ImportProgrammes(AppDbContext db, HeureLegale heure, AuditJournal audit, IEnumerable<IUsagesFiches> usages,
    ICorrespondancesIndicateurs correspondances)
{
    private const string Ressources = "programmes/";

    /// <summary>
    /// The programme files that come with Passerelle, read from the seed documents (docs/format-programme.md) and
    /// built into it, for a département: their names start with its code (« 72-pti-2017-2021.json »).
    /// </summary>
    public static IReadOnlyList<string> FichiersFournis(string departement) =>
        [.. typeof(ImportProgrammes).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Ressources + departement + "-", StringComparison.Ordinal))
            .Select(n => n[Ressources.Length..]).Order(StringComparer.Ordinal)];

    public static Stream OuvrirFourni(string fichier) =>
        typeof(ImportProgrammes).Assembly.GetManifestResourceStream(Ressources + fichier) ?? throw new FileNotFoundException("Programme fourni introuvable.", fichier);

    /// <summary>A programme file weighs a few hundred kilobytes (Sarthe's 27 fiches: 130 ko).</summary>
    public const int TailleMaximale = 5 * 1024 * 1024;

    public async Task<ResultatImportProgramme> ImporterAsync(Stream flux, string nomFichier, string auteur, CancellationToken ct)
    {
        // Read whole first (asynchronously: a request body cannot be read synchronously), within the size limit.
        using var memoire = new MemoryStream();
        var tampon = new byte[81920];
        for (int lus; (lus = await flux.ReadAsync(tampon, ct)) > 0;)
        {
            if (memoire.Length + lus > TailleMaximale)
                return Refus(nomFichier, [new ErreurProgramme("$", "Le fichier dépasse 5 Mo : un fichier de programme en fait quelques centaines de ko. Vérifiez qu'il s'agit du bon fichier.")]);
            memoire.Write(tampon, 0, lus);
        }
        memoire.Position = 0;
        var (lu, erreurs) = LectureProgramme.Lire(memoire);
        if (lu is null) return Refus(nomFichier, erreurs);
        var departement = await db.CodeDepartementAsync(ct);
        if (lu.Departement != departement)
            return Refus(nomFichier, [new ErreurProgramme("$.departement", $"Ce programme est celui du département {lu.Departement} : il ne peut pas être importé dans le {departement}.")]);

        if (CataloguesRefuses(lu) is { Count: > 0 } refuses) return Refus(nomFichier, refuses);

        var programme = await db.Set<Programme>().Include(p => p.Partenaires).FirstOrDefaultAsync(p => p.Code == lu.Code, ct);
        var elements = programme is null ? [] : await db.Set<ElementProgramme>().Include(e => e.Fiche!.Indicateurs).ThenInclude(i => i.Valeurs)
            .Where(e => e.ProgrammeId == programme.Id).ToListAsync(ct);
        var lignes = programme is null ? [] : await db.Set<LigneFinancement>().Where(l => l.ProgrammeId == programme.Id).ToListAsync(ct);
        var ids = elements.Select(e => e.Id).ToList();
        var versions = await db.Set<VersionFiche>().Where(v => ids.Contains(v.FicheActionId))
            .GroupBy(v => v.FicheActionId).Select(g => new { g.Key, Derniere = g.Max(v => v.Numero) }).ToDictionaryAsync(v => v.Key, v => v.Derniere, ct);
        if (await FichesRetireesUtiliseesAsync(lu, elements, ct) is { Count: > 0 } utilisees) return Refus(nomFichier, utilisees);
        var maintenant = heure.MaintenantUtc;
        if (programme is null) db.Add(programme = new Programme { Code = lu.Code, Titre = lu.Titre, Source = lu.Source, ImportePar = auteur });
        (programme.Type, programme.Titre, programme.Debut, programme.Fin, programme.Source, programme.Presentation, programme.ImporteLe, programme.ImportePar) =
            (lu.Type, lu.Titre, lu.Debut, lu.Fin, lu.Source, lu.Presentation, maintenant, auteur);
        db.RemoveRange(programme.Partenaires);
        programme.Partenaires = [.. lu.Partenaires.Select((p, i) => new PartenaireProgramme { Ordre = i, Nom = p.Nom, Engagements = [.. p.Engagements] })];

        var parCode = elements.ToDictionary(e => e.Code, StringComparer.Ordinal);
        var motif = $"Import du fichier {nomFichier}";
        var modifiees = 0;
        foreach (var e in lu.Elements)
        {
            if (!parCode.TryGetValue(e.Code, out var element)) programme.Elements.Add(parCode[e.Code] = element = new ElementProgramme { Code = e.Code, Titre = e.Titre });
            (element.Parent, element.Niveau, element.Titre, element.Description, element.Ordre) =
                (e.CodeParent is null ? null : parCode[e.CodeParent], e.Niveau, e.Titre, e.Description, e.Ordre);
            if (e.Fiche is { } contenu)
            {
                var derniere = element.Fiche is null ? 0 : versions.GetValueOrDefault(element.Id);
                var changements = RedactionFiche.Rediger(db, programme, element, contenu, [.. lignes.Where(l => element.Id != 0 && l.ElementId == element.Id)], derniere, auteur, motif, maintenant);
                if (changements.Count > 0) modifiees++;
            }
            else if (element.Fiche is not null) db.Remove(element.Fiche);
        }
        foreach (var e in lu.Elements.Where(e => e.Fiche is not null))
            Correspondre(lu.Code, e, parCode[e.Code].Fiche!);
        var codes = lu.Elements.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        db.RemoveRange(elements.Where(e => !codes.Contains(e.Code)));

        var message = $"Programme « {lu.Titre} » importé : {lu.Elements.Count} éléments dont {lu.Fiches(NiveauElement.Fiche)} fiches-actions, " +
            $"{lu.Fiches(NiveauElement.SousAction)} sous-actions et {lu.Indicateurs} indicateurs ; {modifiees} fiche(s) nouvelle(s) ou modifiée(s).";
        audit.Enregistrer(ActionsProgrammes.Import, nameof(Programme), lu.Code, $"{nomFichier} : {message}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Refus(nomFichier, [new ErreurProgramme("$", "Le programme a été modifié pendant l'import (un autre import ou une fiche enregistrée) : rien n'a été importé, relancez l'import.")]);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
        return new ResultatImportProgramme(true, message, [], programme.Id);
    }

    /// <summary>« catalogue » values naming no computed indicator of the catalogue, or one computing another unit.</summary>
    private List<ErreurProgramme> CataloguesRefuses(ProgrammeLu lu) =>
        [.. lu.Elements.Where(e => e.Catalogue is not null && e.Fiche is not null).SelectMany(e => e.Catalogue!.Select(c =>
                (c.Value.Chemin, Refus: correspondances.Refus(c.Value.Code, e.Fiche!.Indicateurs.First(i => i.Libelle == c.Key).Unite))))
            .Where(x => x.Refus is not null).Select(x => new ErreurProgramme(x.Chemin, x.Refus!))];

    /// <summary>
    /// The file's « catalogue » value wins; else an indicator keeps the mapping a pilot chose (or an earlier import proposed),
    /// and a new one gets the correspondence table's proposal.
    /// </summary>
    private void Correspondre(string programme, ElementLu element, FicheAction fiche)
    {
        foreach (var indicateur in fiche.Indicateurs)
        {
            var correspondance = element.Catalogue is { } catalogue && catalogue.TryGetValue(indicateur.Libelle, out var explicite) ? correspondances.Explicite(explicite.Code)
                : indicateur.Correspondance == CorrespondanceIndicateur.NonEtablie ? correspondances.Proposer(programme, element.Code, indicateur.Libelle, indicateur.Source)
                : null;
            if (correspondance is not null)
                (indicateur.Correspondance, indicateur.CodeCatalogue, indicateur.MotifCorrespondance) = (correspondance.Statut, correspondance.Code, correspondance.Motif);
        }
    }

    /// <summary>Fiches the file removes (or leaves without content) while another capability still points at them.</summary>
    private async Task<List<ErreurProgramme>> FichesRetireesUtiliseesAsync(ProgrammeLu lu, List<ElementProgramme> elements, CancellationToken ct)
    {
        var gardees = lu.Elements.Where(e => e.Fiche is not null).Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        var retirees = elements.Where(e => e.Fiche is not null && !gardees.Contains(e.Code)).ToList();
        if (retirees.Count == 0) return [];
        var erreurs = new List<ErreurProgramme>();
        foreach (var usage in usages)
        {
            var utilisees = await usage.UtiliseesAsync([.. retirees.Select(e => e.Id)], ct);
            erreurs.AddRange(retirees.Where(e => utilisees.ContainsKey(e.Id)).Select(e => new ErreurProgramme(e.Code,
                $"La fiche {e.Code} n'est plus dans le fichier (ou n'y a plus de contenu) alors que {utilisees[e.Id]} la mettent en œuvre : rattachez-les à une autre fiche, puis importez de nouveau.")));
        }
        return erreurs;
    }

    /// <summary>The département's bundled programme files, for the demo and the administration's « importer les programmes fournis ».</summary>
    public async Task<IReadOnlyList<ResultatImportProgramme>> ImporterFournisAsync(string departement, string auteur, CancellationToken ct)
    {
        var resultats = new List<ResultatImportProgramme>();
        foreach (var fichier in FichiersFournis(departement))
        {
            await using var flux = OuvrirFourni(fichier);
            resultats.Add(await ImporterAsync(flux, fichier, auteur, ct));
        }
        return resultats;
    }

    private ResultatImportProgramme Refus(string nomFichier, IReadOnlyList<ErreurProgramme> erreurs)
    {
        db.ChangeTracker.Clear();
        return new ResultatImportProgramme(false, $"Le fichier {nomFichier} n'a pas été importé ({erreurs.Count} erreur(s)) : corrigez-les puis importez-le de nouveau. Rien n'a été modifié.", erreurs);
    }
}
