package taint

import "testing"

func TestSecretNames(t *testing.T) {
	for name, want := range map[string]bool{
		"token": true, "reset_token": true, "csrfToken": true, "api_key": true, "apiKey": true,
		"session_id": true, "otp_code": true, "invite_secret": true, "salt": true, "nonce": true,
		"key": false, "code": false, "session": false, "status_code": false, "delay": false,
		"colour": false, "tokenizer": false, "monkey": false, "user_id": false,
		"userAPIKey": true, "CSRFToken": true, "OTPCode": true, "sessionID": true, "api_key2": true,
	} {
		if got := IsSecretName(name); got != want {
			t.Errorf("IsSecretName(%q) = %v", name, got)
		}
	}
	for name, want := range map[string]bool{
		"password": true, "user_password": true, "newPassword": true, "pwd": true, "secret": true,
		"passwords_url": true, "DBPassword": true, "password2": true,
		"arg": false, "page": false, "spinner": false, "compass": false,
	} {
		if got := IsPasswordName(name); got != want {
			t.Errorf("IsPasswordName(%q) = %v", name, got)
		}
	}
}
