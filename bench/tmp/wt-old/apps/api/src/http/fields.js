"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: Object.getOwnPropertyDescriptor(all, name).get
    });
}
_export(exports, {
    get BooleanField () {
        return BooleanField;
    },
    get DateField () {
        return DateField;
    },
    get EnumField () {
        return EnumField;
    },
    get ID_PATTERN_TEXT () {
        return ID_PATTERN_TEXT;
    },
    get IdField () {
        return IdField;
    },
    get IdListField () {
        return IdListField;
    },
    get IntField () {
        return IntField;
    },
    get NestedField () {
        return NestedField;
    },
    get Satisfies () {
        return Satisfies;
    },
    get SelectorField () {
        return SelectorField;
    },
    get TextField () {
        return TextField;
    },
    get TextListField () {
        return TextListField;
    }
});
const _common = require("@nestjs/common");
const _swagger = require("@nestjs/swagger");
const _classtransformer = require("class-transformer");
const _classvalidator = require("class-validator");
const _domain = require("../../../../../../work/main/libs/domain/src");
function presence({ optional, nullable }) {
    if (nullable) return [
        (0, _classvalidator.ValidateIf)((_, value)=>value !== null && (!optional || value !== undefined))
    ];
    return optional ? [
        (0, _classvalidator.IsOptional)()
    ] : [];
}
function api(options, schema) {
    return (0, _swagger.ApiProperty)({
        required: !options.optional,
        nullable: options.nullable,
        description: options.description,
        example: options.example,
        ...schema
    });
}
const ID_PATTERN_TEXT = 'lowercase letters, digits and inner hyphens, 1–64 characters';
const IdField = (options = {})=>(0, _common.applyDecorators)(api(options, {
        type: String,
        pattern: _domain.ID_PATTERN.source
    }), ...presence(options), (0, _classvalidator.IsString)(), (0, _classvalidator.Matches)(_domain.ID_PATTERN, {
        message: `$property must be an id: ${ID_PATTERN_TEXT}`
    }));
const TextField = (maxLength, options = {})=>(0, _common.applyDecorators)(api(options, {
        type: String,
        maxLength
    }), ...presence(options), (0, _classvalidator.IsString)(), (0, _classvalidator.IsNotEmpty)(), (0, _classvalidator.MaxLength)(maxLength));
const EnumField = (values, options = {})=>(0, _common.applyDecorators)(api(options, {
        enum: values
    }), ...presence(options), (0, _classvalidator.IsIn)(values, {
        message: `$property must be one of: ${values.join(', ')}`
    }));
const IntField = (min, max, options = {})=>(0, _common.applyDecorators)(api(options, {
        type: Number,
        minimum: min,
        maximum: max
    }), ...presence(options), (0, _classvalidator.IsInt)(), (0, _classvalidator.Min)(min), (0, _classvalidator.Max)(max));
const BooleanField = (options = {})=>(0, _common.applyDecorators)(api(options, {
        type: Boolean
    }), ...presence(options), (0, _classvalidator.IsBoolean)());
const DateField = (options = {})=>(0, _common.applyDecorators)(api(options, {
        type: String,
        format: 'date',
        example: '2026-01-01'
    }), ...presence(options), IsCalendarDate());
const TextListField = (maxItems, maxLength, options = {})=>(0, _common.applyDecorators)(api(options, {
        type: [
            String
        ]
    }), ...presence(options), (0, _classvalidator.IsArray)(), (0, _classvalidator.ArrayMaxSize)(maxItems), (0, _classvalidator.IsString)({
        each: true
    }), (0, _classvalidator.IsNotEmpty)({
        each: true
    }), (0, _classvalidator.MaxLength)(maxLength, {
        each: true
    }));
const IdListField = (maxItems, options = {})=>(0, _common.applyDecorators)(api(options, {
        type: [
            String
        ]
    }), ...presence(options), (0, _classvalidator.IsArray)(), (0, _classvalidator.ArrayMaxSize)(maxItems), (0, _classvalidator.Matches)(_domain.ID_PATTERN, {
        each: true,
        message: `each of $property must be an id: ${ID_PATTERN_TEXT}`
    }));
const NestedField = (type, options = {})=>{
    const many = options.maxItems !== undefined;
    return (0, _common.applyDecorators)(api(options, {
        type: many ? [
            type()
        ] : type()
    }), ...presence(options), ...many ? [
        (0, _classvalidator.IsArray)(),
        (0, _classvalidator.ArrayMaxSize)(options.maxItems)
    ] : [
        IsObjectLike()
    ], (0, _classvalidator.ValidateNested)({
        each: many
    }), (0, _classtransformer.Type)(type));
};
const SelectorField = (options = {})=>(0, _common.applyDecorators)(api(options, {
        oneOf: [
            {
                type: 'object',
                properties: {
                    partyId: {
                        type: 'string'
                    }
                },
                required: [
                    'partyId'
                ]
            },
            {
                type: 'object',
                properties: {
                    partyType: {
                        type: 'string'
                    }
                },
                required: [
                    'partyType'
                ]
            },
            {
                type: 'object',
                properties: {
                    role: {
                        type: 'string'
                    }
                },
                required: [
                    'role'
                ]
            },
            {
                type: 'string',
                enum: [
                    'all'
                ]
            }
        ]
    }), ...presence(options), IsSelector());
function Satisfies(name, message, test, options) {
    return (target, propertyName)=>(0, _classvalidator.registerDecorator)({
            name,
            target: target.constructor,
            propertyName: propertyName,
            options: {
                message,
                ...options
            },
            validator: {
                validate: test
            }
        });
}
const IsCalendarDate = ()=>Satisfies('isCalendarDate', '$property must be a real calendar date YYYY-MM-DD', (value)=>typeof value === 'string' && (0, _domain.isCalendarDate)(value));
const IsObjectLike = ()=>Satisfies('isObjectLike', '$property must be an object', (value)=>typeof value === 'object' && value !== null && !Array.isArray(value));
const IsSelector = ()=>Satisfies('isSelector', '$property must be "all", {"partyId": id}, {"partyType": type} or {"role": role}', (value)=>_domain.selector.safeParse(value).success);

//# sourceMappingURL=fields.js.map