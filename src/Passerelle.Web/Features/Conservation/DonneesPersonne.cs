using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Diagnostic;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Conservation;

/// <summary>One part of a subject-access export: a title and its entries, each a list of labelled values.</summary>
public sealed record SectionDonnees(string Titre, IReadOnlyList<IReadOnlyDictionary<string, string?>> Elements);

/// <summary>Everything held on one person (RGPD art. 15), in the labels the person reads.</summary>
public sealed record DonneesPersonne(int PersonneId, string ExporteLe, IReadOnlyList<SectionDonnees> Sections);

/// <summary>
/// Gathers what Passerelle holds on a person of the current département: identity, foyers, right
/// history, parcours, orientation decisions, référents, diagnoses (sensitive details included: it
/// is the person's own data), appointments, invitations, deliveries, and the audit entries naming
/// them (action and date, not the agents). Null when the person is not of the département.
/// </summary>
public sealed class CollecteDonneesPersonne(AppDbContext db, HeureLegale heure, ProtectionNir protection)
{
    public async Task<DonneesPersonne?> CollecterAsync(int personneId, CancellationToken ct)
    {
        var p = await db.Personnes.AsNoTracking().FirstOrDefaultAsync(x => x.Id == personneId, ct);
        if (p is null) return null;
        var sections = new List<SectionDonnees>
        {
            new("Identité", [new Dictionary<string, string?>
            {
                ["Civilité"] = p.Civilite, ["Nom"] = p.Nom, ["Nom de naissance"] = p.NomNaissance, ["Prénoms"] = p.Prenoms,
                ["Date de naissance"] = Jour(p.DateNaissance), ["Commune de naissance"] = p.CommuneNaissance, ["Sexe"] = p.Sexe == "2" ? "Femme" : "Homme",
                ["NIR"] = protection.Lire(p.NirChiffre), ["Nationalité"] = p.Nationalite, ["Téléphone"] = p.Telephone, ["Courriel"] = p.Email,
                ["Droit"] = EtatsDroit.Libelle(p.EtatDroit), ["Soumis aux droits et devoirs"] = p.SoumisDroitsDevoirs ? "Oui" : "Non",
                ["Date d'entrée"] = Jour(p.DateEntree), ["Date de sortie"] = Jour(p.DateSortie),
            }]),
            new("Foyers et dossiers RSA", await db.MembresFoyer.AsNoTracking().Where(m => m.PersonneId == personneId).OrderBy(m => m.DossierId)
                .Select(m => new { m.Role, m.Dossier }).ToListAsync(ct) is var foyers
                ? foyers.Select(f => Elements(("Numéro de demande", f.Dossier!.NumDemRsa), ("Organisme", f.Dossier.Organisme), ("Matricule", f.Dossier.Matricule),
                    ("Rôle dans le foyer", f.Role), ("Situation de famille", f.Dossier.SituationFamille),
                    ("Adresse", string.Join(" ", new[] { f.Dossier.NumeroVoie, f.Dossier.TypeVoie, f.Dossier.NomVoie, f.Dossier.CodePostal, f.Dossier.Commune }.Where(x => !string.IsNullOrEmpty(x)))),
                    ("Droit", EtatsDroit.Libelle(f.Dossier.EtatDroit)), ("Date de demande", Jour(f.Dossier.DateDemande)),
                    ("Date de clôture", Jour(f.Dossier.DateCloture)), ("Motif de clôture", EtatsDroit.LibelleMotifCloture(f.Dossier.MotifCloture)))).ToList()
                : []),
            new("Historique des droits", (await db.HistoriqueDroits.AsNoTracking().Where(h => h.PersonneId == personneId).OrderBy(h => h.DateEffet).ToListAsync(ct))
                .Select(h => Elements(("Date", Jour(h.DateEffet)), ("Droit", EtatsDroit.Libelle(h.EtatDroit)), ("Soumis aux droits et devoirs", h.SoumisDroitsDevoirs ? "Oui" : "Non"))).ToList()),
            new("Parcours", (await db.Set<Parcours>().AsNoTracking().Where(x => x.PersonneId == personneId).OrderBy(x => x.DateEntree).ToListAsync(ct))
                .Select(x => Elements(("Entrée", Jour(x.DateEntree)), ("Étape", x.Etape.Libelle()), ("Orientation", x.TypeOrientation?.LibelleNational()),
                    ("Diagnostic", Jour(x.DateDiagnostic)), ("Orientation le", Jour(x.DateOrientation)), ("Premier rendez-vous avec le référent", Jour(x.DatePremierRdvReferent)),
                    ("Contrat", Jour(x.DateContrat)), ("Clôture", Jour(x.DateCloture)), ("Motif de clôture", x.MotifCloture))).ToList()),
            new("Décisions d'orientation", (await db.Set<DecisionOrientation>().AsNoTracking().Where(d => d.PersonneId == personneId).OrderBy(d => d.ProposeeLe).ToListAsync(ct))
                .Select(d => Elements(("Orientation", d.Type.LibelleNational()), ("Statut", d.Statut.ToString()), ("Motif", d.Motif),
                    ("Proposée le", heure.Horodatage(d.ProposeeLe)), ("Décidée le", d.DecideeLe is { } l ? heure.Horodatage(l) : null), ("Motif de la décision", d.MotifDecision))).ToList()),
            new("Référents", (await db.Set<DesignationReferent>().AsNoTracking().Where(d => d.PersonneId == personneId).OrderBy(d => d.DateDebut)
                    .Select(d => new { d.DateDebut, d.DateFin, d.MotifFin, Structure = d.Structure!.Nom }).ToListAsync(ct))
                .Select(d => Elements(("Structure", d.Structure), ("Début", Jour(d.DateDebut)), ("Fin", Jour(d.DateFin)), ("Motif de fin", d.MotifFin))).ToList()),
            new("Diagnostics", (await db.Set<Diagnostic.Diagnostic>().AsNoTracking().Where(d => d.PersonneId == personneId).OrderBy(d => d.Numero).ToListAsync(ct))
                .Select(DecrireDiagnostic).ToList()),
            new("Rendez-vous", (await db.Set<RendezVous>().AsNoTracking().Where(r => r.PersonneId == personneId).OrderBy(r => r.Debut).ToListAsync(ct))
                .Select(r => Elements(("Type", r.Type.Libelle()), ("Date", heure.Horodatage(r.Debut)), ("Lieu", r.Lieu), ("Statut", r.Statut.Libelle()))).ToList()),
            new("Invitations", (await db.Set<Invitation>().AsNoTracking().Where(i => i.PersonneId == personneId).OrderBy(i => i.EnvoyeeLe).ToListAsync(ct))
                .Select(i => Elements(("Type", i.Type.Libelle()), ("Envoyée le", heure.Horodatage(i.EnvoyeeLe)), ("Expire le", Jour(i.ExpireLe)))).ToList()),
            new("Courriers, courriels et SMS", (await db.Set<Envoi>().AsNoTracking().Where(e => e.PersonneId == personneId).OrderBy(e => e.CreeLe).ToListAsync(ct))
                .Select(e => Elements(("Canal", e.Canal.ToString()), ("Modèle", ModelesParDefaut.Trouver(e.CodeModele)?.Libelle ?? e.CodeModele),
                    ("Destinataire", e.Destinataire), ("Statut", e.Statut.ToString()), ("Préparé le", heure.Horodatage(e.CreeLe)))).ToList()),
            new("Journal des accès et des actions", await JournalAsync(personneId, ct)),
        };
        return new DonneesPersonne(personneId, heure.Horodatage(heure.MaintenantUtc), sections);
    }

    private async Task<IReadOnlyList<IReadOnlyDictionary<string, string?>>> JournalAsync(int personneId, CancellationToken ct)
    {
        var id = personneId.ToString(CultureInfo.InvariantCulture);
        var diagnostics = await db.Set<Diagnostic.Diagnostic>().Where(d => d.PersonneId == personneId).Select(d => d.Id.ToString()).ToListAsync(ct);
        var dossiers = await db.MembresFoyer.Where(m => m.PersonneId == personneId).Select(m => m.DossierId.ToString()).ToListAsync(ct);
        var lignes = await db.Audit.AsNoTracking()
            .Where(a => (a.Objet == nameof(Personne) && a.ObjetId == id) || (a.Objet == nameof(Diagnostic.Diagnostic) && diagnostics.Contains(a.ObjetId!))
                || (a.Objet == nameof(DossierRsa) && dossiers.Contains(a.ObjetId!)))
            .OrderBy(a => a.Id).Select(a => new { a.Horodatage, a.Action, a.Objet }).ToListAsync(ct);
        return lignes.Select(a => Elements(("Date", heure.Horodatage(a.Horodatage)), ("Action", AuditActions.Libelle(a.Action)), ("Objet", a.Objet))).ToList();
    }

    private IReadOnlyDictionary<string, string?> DecrireDiagnostic(Diagnostic.Diagnostic d)
    {
        var valeurs = new Dictionary<string, string?>
        {
            ["Numéro"] = d.Numero.ToString(CultureInfo.InvariantCulture),
            ["Établi le"] = heure.Horodatage(d.EtabliLe.UtcDateTime),
            ["Atouts"] = d.Atouts,
            ["Niveau de formation"] = d.NiveauFormation?.Libelle(),
            ["Expérience professionnelle"] = d.ExperienceProfessionnelle,
            ["Métiers recherchés"] = string.Join(", ", d.MetiersRecherches),
            ["Permis B"] = d.PermisB ? "Oui" : "Non",
            ["Véhicule"] = d.Vehicule ? "Oui" : "Non",
            ["Contraintes de garde"] = d.ContraintesGarde,
            ["Santé"] = d.DetailSante,
            ["Justice"] = d.DetailJustice,
        };
        foreach (var frein in d.Freins)
            valeurs[$"Frein : {frein.Theme.Libelle()}"] = frein.Commentaire is { Length: > 0 } c ? $"{frein.Niveau.Libelle()} ({c})" : frein.Niveau.Libelle();
        return valeurs;
    }

    private static Dictionary<string, string?> Elements(params (string Libelle, string? Valeur)[] valeurs) => valeurs.ToDictionary(v => v.Libelle, v => v.Valeur);

    private static string? Jour(DateOnly? jour) => jour?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
