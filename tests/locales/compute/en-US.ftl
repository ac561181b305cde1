# AIP-193's example: the message for users, in the default locale, beside
# the enum's message for developers.
RESOURCE_AVAILABILITY = An <{ $vmType }> VM instance with <{ $attachment }> is currently unavailable in the <{ $zone }> zone. Consider trying your request in the <{ $zonesWithCapacity }> zone(s), which currently has/have capacity to accommodate your request. Alternatively, you can try your request again with a different VM hardware configuration or at a later time. For more information, see the troubleshooting documentation.
