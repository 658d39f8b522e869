namespace Ward.Benchmarks.Ingest;

/// <summary>The practice the ingest benchmark imports; its secrets are made up.</summary>
internal static class BenchPractice
{
    public const string Json = """
        {
          "id": "bench-practice",
          "name": "Bench Practice",
          "country": "US",
          "timeZone": "America/Chicago",
          "whatsApp": {
            "phoneNumberId": "100000000000001",
            "displayPhoneNumber": "+15550100000",
            "accessToken": "bench-token",
            "appSecret": "bench-secret",
            "verifyToken": "bench-verify"
          },
          "sms": {
            "provider": "twilio",
            "accountSid": "AC00000000000000000000000000000001",
            "authToken": "bench-auth",
            "from": "+15550100000"
          },
          "onCall": {
            "name": "Dr Bench",
            "mobile": "+15550100099",
            "pagerDutyRoutingKey": "R0000000000000000000000000000001"
          },
          "agreements": []
        }
        """;
}
