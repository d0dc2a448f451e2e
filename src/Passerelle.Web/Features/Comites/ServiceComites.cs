using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.Comites;

/// <summary>
/// The writing of instances and their members: the fields (<see cref="ReglesComite"/>), the territoire, programme and
/// fiches checked within the département, the writer's right on the instance (<see cref="AccesComites"/>), one audit entry each.
/// </summary>
public sealed class ServiceComites(AppDbContext db, AccesComites acces, AuditJournal audit, HeureLegale heure)
{
    public const string ActionInstance = "comite-instance", ActionMembre = "comite-membre";

    private static readonly ResultatAction Conflit = ResultatAction.Refus("Cette instance vient d'être modifiée par quelqu'un d'autre : rechargez la page, puis recommencez.");

    public async Task<Ecriture> CreerAsync(SaisieComite saisie, CancellationToken ct)
    {
        var erreurs = await VerifierAsync(saisie, null, ct);
        if (erreurs.Count > 0) return Ecriture.Champs(erreurs);
        var comite = new Comite { Nom = saisie.Nom!.Trim() };
        Remplir(comite, saisie);
        db.Add(comite);
        await db.SaveChangesAsync(ct);
        audit.Enregistrer(ActionInstance, nameof(Comite), comite.Id, $"création ({comite.Type})");
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return Ecriture.De(ResultatAction.Ok($"Instance « {comite.Nom} » enregistrée : ajoutez-lui ses institutions membres."), comite.Id);
    }

    public async Task<Ecriture> ModifierAsync(int id, int version, SaisieComite saisie, CancellationToken ct)
    {
        if (await db.Set<Comite>().Include(c => c.Fiches).FirstOrDefaultAsync(c => c.Id == id, ct) is not { } comite) return RefusComite.Introuvable;
        if (!acces.Gere(comite.Type, comite.TerritoireId)) return RefusComite.HorsTerritoire;
        var erreurs = await VerifierAsync(saisie, id, ct);
        if (erreurs.Count > 0) return new(db.Abandonner(ResultatAction.Refus("Corrigez les champs signalés : rien n'a été enregistré.")), erreurs);
        db.Entry(comite).Property(c => c.Version).OriginalValue = version;
        comite.Nom = saisie.Nom!.Trim();
        db.RemoveRange(comite.Fiches.Where(f => saisie.FicheActionIds?.Contains(f.FicheActionId) != true));
        Remplir(comite, saisie);
        audit.Enregistrer(ActionInstance, nameof(Comite), id, "modification");
        return Resultat(await db.SauverActionAsync("Instance modifiée.", Conflit, ct), id);
    }

    public async Task<Ecriture> AjouterMembreAsync(int comiteId, SaisieMembre saisie, CancellationToken ct)
    {
        if (await db.Set<Comite>().Include(c => c.Membres).FirstOrDefaultAsync(c => c.Id == comiteId, ct) is not { } comite) return RefusComite.Introuvable;
        if (!acces.Gere(comite.Type, comite.TerritoireId)) return RefusComite.HorsTerritoire;
        var erreurs = ReglesComite.Verifier(saisie);
        var nom = saisie.Nom?.Trim();
        if (erreurs.Count == 0 && comite.Membres.Any(m => string.Equals(m.Nom, nom, StringComparison.OrdinalIgnoreCase)))
            erreurs[nameof(saisie.Nom)] = $"« {nom} » est déjà membre de cette instance.";
        if (erreurs.Count > 0) return new(db.Abandonner(ResultatAction.Refus("Corrigez les champs signalés : rien n'a été enregistré.")), erreurs);
        var membre = new MembreComite { Nom = nom!, Type = saisie.Type!.Value };
        comite.Membres.Add(membre);
        comite.ModifieLe = heure.MaintenantUtc;
        await db.SaveChangesAsync(ct);
        audit.Enregistrer(ActionMembre, nameof(MembreComite), membre.Id, $"ajout à l'instance {comiteId}");
        return Resultat(await db.SauverActionAsync($"« {membre.Nom} » ajoutée aux membres.", Conflit, ct), membre.Id);
    }

    /// <summary>Withdraws a member (its past attendance stays) or brings it back.</summary>
    public async Task<Ecriture> ChangerMembreAsync(int comiteId, int membreId, bool actif, CancellationToken ct)
    {
        if (await db.Set<Comite>().Include(c => c.Membres).FirstOrDefaultAsync(c => c.Id == comiteId, ct) is not { } comite
            || comite.Membres.FirstOrDefault(m => m.Id == membreId) is not { } membre) return RefusComite.Introuvable;
        if (!acces.Gere(comite.Type, comite.TerritoireId)) return RefusComite.HorsTerritoire;
        membre.Actif = actif;
        audit.Enregistrer(ActionMembre, nameof(MembreComite), membreId, actif ? "retour" : "retrait");
        return Resultat(await db.SauverActionAsync(actif ? $"« {membre.Nom} » siège de nouveau." : $"« {membre.Nom} » ne siège plus ; ses présences passées restent.", Conflit, ct), membreId);
    }

    private static Ecriture Resultat(ResultatAction r, int id) => Ecriture.De(r, r.Reussi ? id : null);

    private async Task<Dictionary<string, string>> VerifierAsync(SaisieComite s, int? soi, CancellationToken ct)
    {
        var erreurs = ReglesComite.Verifier(s);
        if (erreurs.Count > 0) return erreurs;
        var nom = s.Nom!.Trim();
        if (await db.Set<Comite>().AnyAsync(c => c.Nom == nom && c.Id != soi, ct)) erreurs[nameof(s.Nom)] = $"Une instance s'appelle déjà « {nom} » : donnez-lui un nom distinct.";
        if (!acces.Gere(s.Type!.Value, s.TerritoireId))
            erreurs[nameof(s.TerritoireId)] = s.Type == TypeComite.Local
                ? "Ce territoire n'est pas l'un des vôtres : vous ne gérez que les comités locaux de vos territoires."
                : "Vous ne gérez que les comités locaux de vos territoires : choisissez « Comité local » et l'un de vos territoires.";
        else if (s.TerritoireId is int t && !await db.Territoires.AnyAsync(x => x.Id == t, ct)) erreurs[nameof(s.TerritoireId)] = "Ce territoire n'existe pas dans le département.";
        if (s.ProgrammeId is int p && !await db.Set<Programmes.Programme>().AnyAsync(x => x.Id == p, ct))
            erreurs[nameof(s.ProgrammeId)] = "Ce programme n'existe pas dans le département.";
        var fiches = s.FicheActionIds?.Distinct().ToList() ?? [];
        if (fiches.Count > 0)
        {
            var connues = db.Set<Programmes.ElementProgramme>().Where(e => fiches.Contains(e.Id) && e.Fiche != null);
            if (await connues.CountAsync(ct) != fiches.Count) erreurs[nameof(s.FicheActionIds)] = "Une des fiches-actions choisies n'existe pas dans les programmes du département.";
            else if (s.ProgrammeId is int programme && await connues.AnyAsync(e => e.ProgrammeId != programme, ct))
                erreurs[nameof(s.FicheActionIds)] = "Les fiches-actions suivies doivent appartenir au programme choisi.";
        }
        return erreurs;
    }

    private void Remplir(Comite c, SaisieComite s)
    {
        (c.Type, c.TerritoireId, c.ProgrammeId, c.Frequence, c.Actif, c.ModifieLe) = (s.Type!.Value, s.TerritoireId, s.ProgrammeId, s.Frequence!.Value, s.Actif, heure.MaintenantUtc);
        foreach (var f in s.FicheActionIds?.Distinct() ?? [])
            if (!c.Fiches.Any(x => x.FicheActionId == f)) c.Fiches.Add(new FicheComite { FicheActionId = f });
    }
}
