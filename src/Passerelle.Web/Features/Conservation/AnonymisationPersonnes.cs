using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Dossiers.Avertissements;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Imports;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.Conservation;

/// <summary>
/// Anonymises one batch of persons past retention, all or nothing (one transaction): identity,
/// contact details, NIR, free text, diagnosis details, appointment places, delivery addresses; and
/// the address and numbers of each foyer whose members are all anonymised. The statistical facts
/// stay: dates of every step, territoire and commune, birth year, sex, right history, orientation
/// types and statuses, so the indicators give the same figures before and after.
/// </summary>
public sealed class AnonymisationPersonnes(AppDbContext db, AuditJournal audit, TimeProvider horloge)
{
    public const string Anonyme = "ANONYMISE";

    public async Task<(int Personnes, int Foyers)> AnonymiserAsync(IReadOnlyList<PersonneEchue> lot, int dureeMois, string? auteur, CancellationToken ct)
    {
        var ids = lot.Select(e => e.PersonneId).ToList();
        var maintenant = horloge.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var personne in await db.Personnes.Where(p => ids.Contains(p.Id)).ToListAsync(ct))
        {
            (personne.Civilite, personne.Nom, personne.NomNaissance, personne.Prenoms, personne.CleIdentite) = (null, Anonyme, Anonyme, "", Anonyme);
            // The birth year is enough for age bands; the NIR goes through the entity so its storage stays the entity's business.
            (personne.DateNaissance, personne.CommuneNaissance, personne.NirChiffre, personne.EmpreinteNir) = (new DateOnly(personne.DateNaissance.Year, 1, 1), null, null, null);
            (personne.Nationalite, personne.Telephone, personne.Email) = (null, null, null);
        }
        foreach (var echue in lot)
        {
            db.Add(new PersonneAnonymisee { PersonneId = echue.PersonneId, AnonymiseeLe = maintenant, FinAccompagnement = echue.Fin, DureeMois = dureeMois });
            audit.Enregistrer(AuditActions.Anonymisation, nameof(Dossiers.Personne), echue.PersonneId,
                $"Fin d'accompagnement le {echue.Fin:dd/MM/yyyy}, conservation de {dureeMois} mois", utilisateur: auteur);
        }
        await db.SaveChangesAsync(ct);
        await EffacerTextesAsync(ids, ct);
        var foyers = await EffacerFoyersAsync(ids, ct);
        await transaction.CommitAsync(ct);
        return (ids.Count, foyers);
    }

    private async Task EffacerTextesAsync(List<int> ids, CancellationToken ct)
    {
        // The obstacles' levels are statistics, their comments are free text: the JSON column is rewritten through the entity.
        foreach (var diagnostic in await db.Set<Diagnostic.Diagnostic>().Where(d => ids.Contains(d.PersonneId)).ToListAsync(ct))
        {
            diagnostic.Freins = diagnostic.Freins.Select(f => f with { Commentaire = null }).ToList();
            (diagnostic.Atouts, diagnostic.ExperienceProfessionnelle, diagnostic.ContraintesGarde) = (null, null, null);
            (diagnostic.DetailSante, diagnostic.DetailJustice) = (null, null);
        }
        await db.SaveChangesAsync(ct);
        await db.Set<RendezVous>().Where(r => ids.Contains(r.PersonneId)).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Lieu, "").SetProperty(r => r.Version, r => r.Version + 1), ct);
        await db.Set<DecisionOrientation>().Where(d => ids.Contains(d.PersonneId)).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Motif, "").SetProperty(d => d.MotifDecision, (string?)null), ct);
        await db.Set<DesignationReferent>().Where(d => ids.Contains(d.PersonneId)).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.MotifFin, (string?)null).SetProperty(d => d.Derogation, (string?)null), ct);
        await db.Set<Envoi>().Where(e => ids.Contains(e.PersonneId)).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.Destinataire, (string?)null).SetProperty(e => e.Erreur, (string?)null), ct);
        await db.Set<AvertissementDossier>().Where(a => a.PersonneId != null && ids.Contains(a.PersonneId.Value)).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Valeur, (string?)null).SetProperty(a => a.Commentaire, (string?)null), ct);
    }

    /// <summary>A foyer's address and CAF numbers go with its last member still identifiable.</summary>
    private async Task<int> EffacerFoyersAsync(List<int> ids, CancellationToken ct)
    {
        var anonymes = db.Set<PersonneAnonymisee>().Select(a => a.PersonneId);
        var foyers = await db.Dossiers
            .Where(d => db.MembresFoyer.Any(m => m.DossierId == d.Id && ids.Contains(m.PersonneId)))
            .Where(d => db.MembresFoyer.Where(m => m.DossierId == d.Id).All(m => anonymes.Contains(m.PersonneId)))
            .ToListAsync(ct);
        var numeros = foyers.Select(d => d.NumDemRsa).ToList();
        foreach (var dossier in foyers)
        {
            (dossier.NumeroVoie, dossier.TypeVoie, dossier.NomVoie) = (null, null, null);
            // NUMDEMRSA stays unique in the département and no later flux can match it again.
            (dossier.NumDemRsa, dossier.Matricule) = ($"X{dossier.Id:D10}", "");
        }
        await db.SaveChangesAsync(ct);
        var dossierIds = foyers.Select(d => d.Id).ToList();
        await db.Set<AvertissementDossier>().Where(a => dossierIds.Contains(a.DossierId)).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Valeur, (string?)null).SetProperty(a => a.Commentaire, (string?)null), ct);
        await db.Set<RejetImport>().Where(r => r.NumDemRsa != null && numeros.Contains(r.NumDemRsa)).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Valeur, (string?)null).SetProperty(r => r.NumDemRsa, (string?)null), ct);
        return foyers.Count;
    }
}
