using Microsoft.AspNetCore.Mvc.ModelBinding;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.Audit;

/// <summary>The journal's search criteria; dates are days in the département's legal time, both inclusive.</summary>
public sealed class FiltreJournal
{
    public DateOnly? Du { get; set; }
    public DateOnly? Au { get; set; }
    public string? Action { get; set; }
    public string? Utilisateur { get; set; }
    public string? Objet { get; set; }
    public string? ObjetId { get; set; }

    public bool Verifier(ModelStateDictionary etat, string prefixe)
    {
        if (!DatesPlausibles.Accepte(Du)) etat.AddModelError($"{prefixe}.{nameof(Du)}", DatesPlausibles.Message);
        if (!DatesPlausibles.Accepte(Au)) etat.AddModelError($"{prefixe}.{nameof(Au)}", DatesPlausibles.Message);
        else if (Du is DateOnly du && Au is DateOnly au && du > au)
            etat.AddModelError($"{prefixe}.{nameof(Au)}", "La date de fin doit être postérieure ou égale à la date de début.");
        return etat.IsValid;
    }

    public IQueryable<AuditEntry> Appliquer(IQueryable<AuditEntry> journal, HeureLegale heure)
    {
        if (Du is DateOnly du)
        {
            var debut = heure.DebutDuJourUtc(du);
            journal = journal.Where(a => a.Horodatage >= debut);
        }
        if (Au is DateOnly au)
        {
            var fin = heure.DebutDuJourUtc(au.AddDays(1));
            journal = journal.Where(a => a.Horodatage < fin);
        }
        if (!string.IsNullOrWhiteSpace(Action)) journal = journal.Where(a => a.Action == Action);
        if (!string.IsNullOrWhiteSpace(Utilisateur))
        {
            var texte = Utilisateur.Trim().ToLowerInvariant();
            journal = journal.Where(a => a.Utilisateur != null && a.Utilisateur.ToLower().Contains(texte));
        }
        if (!string.IsNullOrWhiteSpace(Objet)) journal = journal.Where(a => a.Objet == Objet);
        if (!string.IsNullOrWhiteSpace(ObjetId))
        {
            var id = ObjetId.Trim();
            journal = journal.Where(a => a.ObjetId == id);
        }
        return journal.OrderByDescending(a => a.Horodatage).ThenByDescending(a => a.Id);
    }
}
