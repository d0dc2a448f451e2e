using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Offre;

public sealed record ErreurDataInclusion(string Ou, string Message);

public sealed record ResultatDataInclusion(bool Reussi, string Message, IReadOnlyList<ErreurDataInclusion> Erreurs);

/// <summary>
/// A département agent imports services described in data·inclusion v1 (a partner's directory, another tool's
/// export) as actions under a fiche-action, all or nothing: each service is checked as an action form is, its
/// structure found by the file's structure (SIRET) or by our own id for our own export, and every error is listed
/// with the service in cause. Imported by the département, the actions are published; the same source and id
/// imported again update the action instead of adding one.
/// </summary>
public sealed class ImportDataInclusion(AppDbContext db, ServiceActions service, AccesOffre acces, VocabulairesDataInclusion vocabulaires)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        AllowTrailingCommas = true,
    };

    public async Task<ResultatDataInclusion> ImporterAsync(Stream flux, int ficheActionId, CancellationToken ct)
    {
        if (!acces.Moderateur) return Refus([new("", "Seul un agent de tout le département importe une offre.")]);
        FichierDataInclusion fichier;
        try
        {
            using var document = await JsonDocument.ParseAsync(flux, cancellationToken: ct);
            fichier = document.RootElement.ValueKind == JsonValueKind.Array
                ? new FichierDataInclusion { Services = document.RootElement.Deserialize<List<ServiceLu>>(Json) }
                : document.RootElement.Deserialize<FichierDataInclusion>(Json) ?? new();
        }
        catch (JsonException e)
        {
            return Refus([new($"ligne {e.LineNumber + 1}", "le fichier n'est pas un JSON data·inclusion : texte mal formé ou valeur du mauvais type.")]);
        }
        if (fichier.Services is not { Count: > 0 } services) return Refus([new("services", "le fichier ne contient aucun service.")]);

        var departement = await db.CodeDepartementAsync(ct);
        var sirets = (fichier.Structures ?? []).Where(s => s.Id is not null && s.Siret is not null).GroupBy(s => s.Id!).ToDictionary(g => g.Key, g => g.First().Siret!);
        var parSiret = await db.Structures.AsNoTracking().ToDictionaryAsync(s => s.Siret, s => s.Id, ct);
        var nos = parSiret.Values.ToHashSet();
        var erreurs = new List<ErreurDataInclusion>();
        var lus = new List<(string Source, string Id, ActionLue Action)>();
        var vus = new HashSet<(string, string)>();
        for (var i = 0; i < services.Count; i++)
        {
            var s = services[i];
            var ou = $"services[{i}]{(s.Id is null ? "" : $" ({s.Id})")}";
            if (string.IsNullOrWhiteSpace(s.Source) || string.IsNullOrWhiteSpace(s.Id)) { erreurs.Add(new(ou, "« source » et « id » sont obligatoires.")); continue; }
            if (!vus.Add((s.Source, s.Id))) { erreurs.Add(new(ou, "ce service figure deux fois dans le fichier.")); continue; }
            int? structure = s.StructureId is null ? null
                : sirets.TryGetValue(s.StructureId, out var siret) && parSiret.TryGetValue(siret, out var parLeSiret) ? parLeSiret
                : s.Source == ExportDataInclusion.Source(departement) && int.TryParse(s.StructureId, out var notre) && nos.Contains(notre) ? notre
                : null;
            if (structure is null) { erreurs.Add(new(ou, $"la structure « {s.StructureId} » n'est pas dans Passerelle (ni par son SIRET, ni par son identifiant) : ajoutez-la à l'annuaire avant l'import.")); continue; }
            if (s.CodeInsee is null) { erreurs.Add(new(ou, "« code_insee » est obligatoire : le lieu de l'action sert à la trouver près de chez la personne.")); continue; }
            var saisie = new SaisieAction
            {
                FicheActionId = ficheActionId,
                StructureId = structure.Value,
                Nom = s.Nom,
                Description = s.Description,
                Type = s.Type,
                Thematiques = s.Thematiques ?? [],
                Publics = s.Publics ?? [],
                ConditionsAcces = s.ConditionsAcces,
                HeuresHebdomadaires = s.VolumeHoraireHebdomadaire,
                NombreSemaines = s.NombreSemaines,
                Adresse = s.Adresse,
                CodeInsee = s.CodeInsee,
                ModesAccueil = s.ModesAccueil ?? [],
                Frais = s.Frais ?? "gratuit",
                ModesMobilisation = s.ModesMobilisation ?? [],
                MobilisationPrecisions = s.MobilisationPrecisions,
                ContactNom = s.ContactNomPrenom,
                Courriel = s.Courriel,
                Telephone = s.Telephone,
            };
            var (lue, erreur) = RedactionAction.Lire(saisie, vocabulaires);
            if (lue is null) erreurs.Add(new(ou, erreur!));
            else lus.Add((s.Source, s.Id, lue));
        }
        if (erreurs.Count > 0) return Refus(erreurs);
        var resultat = await service.ImporterAsync(lus, ct);
        return resultat.Reussi ? new ResultatDataInclusion(true, resultat.Message, []) : Refus([new("", resultat.Message)]);
    }

    private static ResultatDataInclusion Refus(List<ErreurDataInclusion> erreurs) =>
        new(false, $"Rien n'a été importé ({erreurs.Count} erreur(s)) : corrigez le fichier puis importez-le de nouveau.", erreurs);
}
