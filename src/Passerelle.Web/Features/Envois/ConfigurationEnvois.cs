namespace Passerelle.Web.Features.Envois;

public sealed class OptionsSmtp
{
    public string? Hote { get; set; }
    public int Port { get; set; } = 587;
    /// <summary>Aucune, StartTls, Ssl or Auto (MailKit's choice from the port).</summary>
    public string Securite { get; set; } = "StartTls";
    public string? Expediteur { get; set; }
    public string? Utilisateur { get; set; }
    public string? MotDePasse { get; set; }
}

public sealed class OptionsSms
{
    public string? Url { get; set; }
    public string? Jeton { get; set; }
    public string? Emetteur { get; set; }
}

/// <summary>
/// Reads <c>Envois:Smtp</c> and <c>Envois:Departements:&lt;code&gt;:{Smtp,Sms}</c> at each send, so a changed
/// setting applies without restart; a département's values override the shared SMTP key by key.
/// </summary>
public sealed class ConfigurationEnvois(IConfiguration configuration)
{
    public OptionsSmtp Smtp(string codeDepartement)
    {
        var options = new OptionsSmtp();
        configuration.GetSection("Envois:Smtp").Bind(options);
        configuration.GetSection($"Envois:Departements:{codeDepartement}:Smtp").Bind(options);
        return options;
    }

    public OptionsSms Sms(string codeDepartement)
    {
        var options = new OptionsSms();
        configuration.GetSection($"Envois:Departements:{codeDepartement}:Sms").Bind(options);
        return options;
    }
}
