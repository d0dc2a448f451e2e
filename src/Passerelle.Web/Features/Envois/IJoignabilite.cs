namespace Passerelle.Web.Features.Envois;

/// <summary>
/// Whether a person may be reached on a channel beyond having an address (their consent, a refused
/// address), answered by the contact details feature, which also records the addresses an SMTP
/// server refuses. Envois asks through this interface so that it does not depend on that feature.
/// </summary>
public interface IJoignabilite
{
    /// <returns>The channels not to use for this person, each with its French reason.</returns>
    Task<IReadOnlyDictionary<CanalEnvoi, string>> CanauxFermesAsync(int personneId, CancellationToken ct);

    /// <summary>The SMTP server refused this address at send time (a bounce): no more e-mails to it.</summary>
    Task AdresseRefuseeAsync(int personneId, string adresse, string erreur, CancellationToken ct);
}
