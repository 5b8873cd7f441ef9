# weak-hash (CWE-328) TRUE POSITIVE: a custom authentication backend checks passwords as salted SHA-1 digests [django].
import hashlib
import hmac

from django.contrib.auth import get_user_model


class LegacyBackend:
    def authenticate(self, request, username=None, password=None):
        User = get_user_model()
        try:
            user = User.objects.get(username=username)
        except User.DoesNotExist:
            return None
        salt, stored = user.legacy_hash.split("$", 1)
        candidate = hashlib.sha1((salt + password).encode()).hexdigest()  # want "CWE-328"
        return user if hmac.compare_digest(candidate, stored) else None

    def get_user(self, user_id):
        return get_user_model().objects.filter(pk=user_id).first()
