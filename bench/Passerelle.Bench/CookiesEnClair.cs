namespace Passerelle.Bench;

/// <summary>
/// The session cookie of one bench user. The application's cookie is Secure and the bench speaks plain HTTP to its
/// local Kestrel, where a TLS proxy would sit in production: a <see cref="System.Net.CookieContainer"/> keeps the
/// cookie Kestrel renews (security stamp revalidation, every minute) but never sends it back over HTTP, which signed
/// the sessions out after a minute. Cookies are kept here by name and sent whatever their flags.
/// </summary>
internal sealed class CookiesEnClair : DelegatingHandler
{
    private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);

    public CookiesEnClair() : base(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (cookies)
            if (cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        var reponse = await base.SendAsync(request, cancellationToken);
        if (reponse.Headers.TryGetValues("Set-Cookie", out var valeurs))
            lock (cookies)
                foreach (var valeur in valeurs) Retenir(valeur);
        return reponse;
    }

    /// <summary>"name=value; path=/; expires=…": an expiry in the past (sign-out) forgets the cookie.</summary>
    private void Retenir(string enTete)
    {
        var parties = enTete.Split(';', StringSplitOptions.TrimEntries);
        var egal = parties[0].IndexOf('=', StringComparison.Ordinal);
        if (egal <= 0) return;
        var (nom, valeur) = (parties[0][..egal], parties[0][(egal + 1)..]);
        var expire = parties.Skip(1).Where(p => p.StartsWith("expires=", StringComparison.OrdinalIgnoreCase))
            .Select(p => DateTimeOffset.TryParse(p[8..], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d : (DateTimeOffset?)null)
            .FirstOrDefault();
        if (valeur.Length == 0 || expire < TimeProvider.System.GetUtcNow()) cookies.Remove(nom);
        else cookies[nom] = valeur;
    }
}
